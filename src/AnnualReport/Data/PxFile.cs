using System.Text;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// The keywords of a PX (PC-Axis) file, as PxWeb serves them: <c>KEYWORD[lang]("sub")=value;</c>,
/// values as quoted strings separated by commas, a string split over lines as adjacent quoted
/// parts, and the DATA block last. Only keywords without a language suffix (the file's default
/// language) are kept.
/// </summary>
internal sealed class PxFile
{
    private readonly Dictionary<string, (List<string> Values, int Line)> _entries = new(StringComparer.OrdinalIgnoreCase);

    public string Path { get; }

    public string Text { get; }

    public List<(string Token, int Line, int Column)> Data { get; } = [];

    public int DataLine { get; private set; }

    private PxFile(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public static PxFile? Parse(InputFile input, List<Diagnostic> diagnostics)
    {
        var path = input.Display;
        if (InputText.ReadBytes(input.Path, path, InputLimits.MaxDataBytes, diagnostics) is not { } bytes
            || PxEncoding.Decode(bytes, path, diagnostics) is not { } text)
        {
            return null;
        }

        var file = new PxFile(path, text);
        return file.ParseKeywords(diagnostics) ? file : null;
    }

    public IReadOnlyList<string>? Get(string keyword, string? sub = null) =>
        _entries.TryGetValue(Key(keyword, sub), out var entry) ? entry.Values : null;

    public int LineOf(string keyword, string? sub = null) =>
        _entries.TryGetValue(Key(keyword, sub), out var entry) ? entry.Line : 1;

    public bool Has(string keyword) => _entries.Keys.Any(k => k.StartsWith(keyword + "(", StringComparison.OrdinalIgnoreCase) || string.Equals(k, keyword, StringComparison.OrdinalIgnoreCase));

    private static string Key(string keyword, string? sub) => sub is null ? keyword : $"{keyword}(\"{sub}\")";

    private bool ParseKeywords(List<Diagnostic> diagnostics)
    {
        var i = 0;
        var line = 1;
        while (true)
        {
            SkipSpace(ref i, ref line);
            if (i >= Text.Length)
            {
                diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.no-data"), new SourceSpan(Path, line, 1)));
                return false;
            }

            var keyLine = line;
            var keyColumn = ColumnAt(i);
            var equals = Text.IndexOf('=', i);
            if (equals < 0)
            {
                diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.no-equals"), new SourceSpan(Path, keyLine, keyColumn)));
                return false;
            }

            var rawKey = Text[i..equals].Trim();
            line += rawKey.Count(c => c == '\n');
            i = equals + 1;
            var (keyword, language, sub) = PxKey.Split(rawKey);
            if (!System.Text.RegularExpressions.Regex.IsMatch(keyword, "^[A-Za-z][A-Za-z0-9-]*$"))
            {
                diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.bad-keyword", ("found", SafeText.Excerpt(rawKey, 40))), new SourceSpan(Path, keyLine, keyColumn)));
                return false;
            }

            if (keyword.Equals("DATA", StringComparison.OrdinalIgnoreCase))
            {
                DataLine = keyLine;
                return ParseData(i, line, diagnostics);
            }

            var values = ParseValue(ref i, ref line, diagnostics, keyLine, keyColumn);
            if (values is null)
            {
                return false;
            }

            if (language is null)
            {
                _entries.TryAdd(Key(keyword, sub), (values, keyLine));
            }
        }
    }

    private List<string>? ParseValue(ref int i, ref int line, List<Diagnostic> diagnostics, int keyLine, int keyColumn)
    {
        var values = new List<string>();
        var current = new StringBuilder();
        var afterString = false;
        while (i < Text.Length)
        {
            var c = Text[i];
            if (c == '"')
            {
                // A PX string never spans a line break; adjacent quoted parts on following lines
                // are one long string.
                var end = Text.IndexOf('"', i + 1);
                var lineEnd = Text.IndexOfAny(['\r', '\n'], i + 1);
                if (end < 0 || (lineEnd >= 0 && lineEnd < end))
                {
                    diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.open-quote"), new SourceSpan(Path, line, ColumnAt(i))));
                    return null;
                }

                current.Append(Text, i + 1, end - i - 1);
                afterString = true;
                i = end + 1;
            }
            else if (c == ',' || c == ';')
            {
                values.Add(current.ToString());
                current.Clear();
                afterString = false;
                i++;
                if (c == ';')
                {
                    return values;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                line += c == '\n' ? 1 : 0;
                i++;
            }
            else if (afterString)
            {
                // Text straight after a closed string: the «;» that ends the keyword is missing.
                diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.no-semicolon-before-keyword"), new SourceSpan(Path, keyLine, keyColumn)));
                return null;
            }
            else
            {
                var start = i;
                while (i < Text.Length && Text[i] is not (',' or ';' or '"') && !char.IsWhiteSpace(Text[i]))
                {
                    i++;
                }

                current.Append(Text, start, i - start);
            }
        }

        diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.no-semicolon"), new SourceSpan(Path, keyLine, keyColumn)));
        return null;
    }

    private bool ParseData(int i, int line, List<Diagnostic> diagnostics)
    {
        while (i < Text.Length)
        {
            var c = Text[i];
            if (c == ';')
            {
                return true;
            }

            if (char.IsWhiteSpace(c) || c == ',')
            {
                line += c == '\n' ? 1 : 0;
                i++;
                continue;
            }

            var start = i;
            if (c == '"')
            {
                var end = Text.IndexOf('"', i + 1);
                var lineEnd = Text.IndexOfAny(['\r', '\n'], i + 1);
                if (end < 0 || (lineEnd >= 0 && lineEnd < end))
                {
                    diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.open-quote-data"), new SourceSpan(Path, line, ColumnAt(i))));
                    return false;
                }

                Data.Add((Text[(i + 1)..end], line, ColumnAt(start)));
                i = end + 1;
                continue;
            }

            while (i < Text.Length && !char.IsWhiteSpace(Text[i]) && Text[i] is not (';' or ','))
            {
                i++;
            }

            Data.Add((Text[start..i], line, ColumnAt(start)));
        }

        diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.data-no-semicolon"), new SourceSpan(Path, DataLine, 1)));
        return false;
    }

    private void SkipSpace(ref int i, ref int line)
    {
        while (i < Text.Length && char.IsWhiteSpace(Text[i]))
        {
            line += Text[i] == '\n' ? 1 : 0;
            i++;
        }
    }

    private int ColumnAt(int index) => index - (index == 0 ? 0 : Text.LastIndexOf('\n', index - 1) + 1) + 1;
}
