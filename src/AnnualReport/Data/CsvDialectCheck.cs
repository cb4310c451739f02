using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Checks a file against the dialect the catalogue declares: a header line without the declared
/// separator means the file was saved otherwise, and reading on would only give bad rows.
/// </summary>
internal static class CsvDialectCheck
{
    private static readonly char[] Separators = [',', ';', '\t'];

    /// <summary>Reports <c>wrong-separator</c> at the header when its columns are not separated by the declared separator.</summary>
    public static bool HeaderFits(string text, CsvDialect declared, string path, List<Diagnostic> diagnostics)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var end = text.IndexOfAny(['\r', '\n'], start);
        var header = end < 0 ? text[start..] : text[start..end];
        var (column, found) = FirstSeparator(header, declared.Separator);
        if (found == declared.Separator)
        {
            return true;
        }

        var where = declared.DeclaredAt?.ToString() ?? string.Empty;
        var message = found is { } other
            ? Messages.Format("csv.wrong-separator.other", ("declared", declared.Separator), ("found", other == '\t' ? "\\t" : other.ToString()), ("where", where))
            : Messages.Format("csv.wrong-separator.none", ("declared", declared.Separator), ("where", where));
        diagnostics.Add(Diagnostic.Error("wrong-separator", message, new SourceSpan(path, 1, column)));
        return false;
    }

    /// <summary>The declared separator if the header has it outside quotes, else the first other separator and its column (1 when none).</summary>
    private static (int Column, char? Found) FirstSeparator(string header, char declared)
    {
        (int, char?) other = (1, null);
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == declared)
            {
                return (i + 1, c);
            }
            else if (!quoted && other.Item2 is null && Separators.Contains(c))
            {
                other = (i + 1, c);
            }
        }

        return other;
    }
}
