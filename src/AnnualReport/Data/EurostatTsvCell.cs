using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// One cell of a Eurostat TSV row as Eurostat writes it: a number (<c>12.3</c>, <c>-0.4</c>) or
/// <c>:</c>, then optionally a space and flag letters (<c>12.5 bep</c>, <c>: c</c>), often with
/// spaces after. Symbol and letters are kept as written.
/// </summary>
internal static class EurostatTsvCell
{
    /// <summary>One cell: a number or <c>:</c>, then optionally a space and flag letters. Codes are filled in later.</summary>
    public static CubeCell? Read(string field, SourceSpan where, List<Diagnostic> diagnostics)
    {
        var text = field.TrimEnd();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var (value, flags) = text.StartsWith(':') ? (":", text[1..]) : space < 0 ? (text, string.Empty) : (text[..space], text[space..]);
        var flagStart = where.Column + text.Length - flags.Length;
        var letters = new List<string>();
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i] == ' ')
            {
                continue;
            }

            // Flags are letters; which letters a source may write, and what they mean, is its vocabulary's to say (StatusVocabulary.Unknown).
            if (flags[i] is < 'a' or > 'z')
            {
                diagnostics.Add(Diagnostic.Error("unknown-flag", Messages.Format("tsv.unknown-flag", ("flag", SafeText.Excerpt(flags[i].ToString())), ("flags", string.Join(" ", StatusVocabulary.Eurostat.Meanings.Keys.Where(k => k != ":")))), where with { Column = flagStart + i }));
                return null;
            }

            if (!letters.Contains(flags[i].ToString()))
            {
                letters.Add(flags[i].ToString());
            }
        }

        if (value == ":")
        {
            return new CubeCell([], null, ":", null, where) { Flags = letters };
        }

        if (value.Length == 0 || !double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            diagnostics.Add(Diagnostic.Error("bad-number", Messages.Format("tsv.bad-number", ("value", SafeText.Excerpt(field))), where));
            return null;
        }

        return new CubeCell([], number, null, null, where) { Flags = letters };
    }
}
