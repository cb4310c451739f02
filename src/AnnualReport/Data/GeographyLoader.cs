using System.Globalization;
using System.Text.RegularExpressions;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Reads the classification, the code changes and the comparison groups, and reports every
/// problem against the file and line it is in. Municipality codes become file names
/// (<c>0301.html</c>, <c>0301.pdf</c>), so a code must be SSB's four digits (two for a county)
/// before anything uses it; a row that breaks a rule is left out after its error.
/// </summary>
internal static partial class GeographyLoader
{
    // Shares of a split are written with a few decimals; their sum is 1 up to rounding in the sum itself.
    private const double ShareTolerance = 1e-9;

    public static Geography Load(MunicipalSettings settings, EditionFiles files, List<Diagnostic> diagnostics)
    {
        var municipalities = Classification(settings, files, diagnostics);
        if (municipalities.Count == 0)
        {
            // Without a classification every code elsewhere would be reported as unknown too.
            return new Geography(settings.CountryCode, settings.CountryName, settings.CountyPrefix, [], new Dictionary<string, IReadOnlyList<(string To, double Share)>>());
        }

        var known = municipalities.ToDictionary(m => m.Code);
        if (settings.ComparisonGroups is { } groupFile && GeographyTable.Read(groupFile, ["kode", "gruppe"], settings, files, diagnostics) is { } groups)
        {
            var seen = new Dictionary<string, int>();
            foreach (var row in groups.Rows)
            {
                var code = row.Field(groups.Columns[0]);
                if (Repeated(seen, code, row, groups, groups.Columns[0], diagnostics) || !Known(known, code, row, groups, groups.Columns[0], diagnostics))
                {
                    continue;
                }

                known[code] = known[code] with { Group = row.Field(groups.Columns[1]) };
            }
        }

        return new Geography(settings.CountryCode, settings.CountryName, settings.CountyPrefix, municipalities.Select(m => known[m.Code]).ToList(), Changes(settings, files, known, diagnostics));
    }

    private static List<Municipality> Classification(MunicipalSettings settings, EditionFiles files, List<Diagnostic> diagnostics)
    {
        var municipalities = new List<Municipality>();
        if (GeographyTable.Read(settings.Classification, ["kode", "navn", "fylkeskode", "fylke"], settings, files, diagnostics) is not { } table)
        {
            return municipalities;
        }

        if (table.Rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("no-data", Messages.Format("geography.no-municipalities"), new SourceSpan(table.Display, 1, 1)));
            return municipalities;
        }

        var seen = new Dictionary<string, int>();
        foreach (var row in table.Rows)
        {
            var c = table.Columns;
            var (code, name, countyCode, county) = (row.Field(c[0]), row.Field(c[1]), row.Field(c[2]), row.Field(c[3]));
            var ok = Code(code, MunicipalityCode(), "geography.bad-code.municipality", row, table, c[0], diagnostics)
                & Code(countyCode, CountyCode(), "geography.bad-code.county", row, table, c[2], diagnostics)
                & Named(name, "navn", row, table, c[1], diagnostics)
                & Named(county, "fylke", row, table, c[3], diagnostics);
            if (ok && !Repeated(seen, code, row, table, c[0], diagnostics))
            {
                municipalities.Add(new Municipality(code, name, countyCode, county, null));
            }
        }

        return municipalities;
    }

    private static Dictionary<string, IReadOnlyList<(string To, double Share)>> Changes(MunicipalSettings settings, EditionFiles files, Dictionary<string, Municipality> known, List<Diagnostic> diagnostics)
    {
        var changes = new Dictionary<string, IReadOnlyList<(string To, double Share)>>();
        if (settings.Changes is not { } changeFile || GeographyTable.Read(changeFile, ["fra", "til", "andel"], settings, files, diagnostics) is not { } table)
        {
            return changes;
        }

        var c = table.Columns;
        foreach (var change in table.Rows.GroupBy(r => r.Field(c[0])))
        {
            var first = change.First();
            var targets = new List<(string To, double Share)>();
            foreach (var row in change)
            {
                var (to, text) = (row.Field(c[1]), row.Field(c[2]));
                var ok = Named(change.Key, "fra", row, table, c[0], diagnostics) & Known(known, to, row, table, c[1], diagnostics);
                if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) || !(share > 0 && share <= 1))
                {
                    var key = text.Contains(',', StringComparison.Ordinal) ? "geography.bad-share.comma" : "geography.bad-share.plain";
                    diagnostics.Add(Diagnostic.Error("bad-number", Messages.Format(key, ("share", text)), table.At(row, c[2])));
                    ok = false;
                }

                if (targets.Any(t => t.To == to))
                {
                    diagnostics.Add(Diagnostic.Error("duplicate-id", Messages.Format("geography.duplicate-change", ("from", change.Key), ("to", to), ("line", change.First(r => r.Field(c[1]) == to).Line)), table.At(row, c[1])));
                    ok = false;
                }

                if (ok)
                {
                    targets.Add((to, share));
                }
            }

            // Checked only when every share could be read: a bad one has its own error already.
            if (targets.Count == change.Count() && Math.Abs(targets.Sum(t => t.Share) - 1) > ShareTolerance)
            {
                var sum = Math.Round(targets.Sum(t => t.Share), 9).ToString(CultureInfo.InvariantCulture);
                diagnostics.Add(Diagnostic.Error("share-sum", Messages.Format("geography.share-sum", ("code", change.Key), ("sum", sum)), table.At(first, c[2])));
            }

            // Kept even when wrong, so the data's old codes are not reported a second time as unknown.
            changes[change.Key] = targets;
        }

        return changes;
    }

    private static bool Code(string code, Regex pattern, string messageKey, CsvRow row, GeographyTable table, int column, List<Diagnostic> diagnostics)
    {
        if (pattern.IsMatch(code))
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error("bad-region-code", Messages.Format(messageKey, ("code", code)), table.At(row, column)));
        return false;
    }

    private static bool Named(string text, string column, CsvRow row, GeographyTable table, int index, List<Diagnostic> diagnostics)
    {
        if (text.Length > 0)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error("missing-field", Messages.Format("geography.empty-column", ("column", column)), table.At(row, index)));
        return false;
    }

    private static bool Repeated(Dictionary<string, int> seen, string code, CsvRow row, GeographyTable table, int column, List<Diagnostic> diagnostics)
    {
        if (seen.TryAdd(code, row.Line))
        {
            return false;
        }

        diagnostics.Add(Diagnostic.Error("duplicate-id", Messages.Format("geography.duplicate-municipality", ("code", code), ("line", seen[code])), table.At(row, column)));
        return true;
    }

    private static bool Known(Dictionary<string, Municipality> known, string code, CsvRow row, GeographyTable table, int column, List<Diagnostic> diagnostics)
    {
        if (known.ContainsKey(code))
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error("unknown-region", Messages.Format("geography.unknown-municipality", ("code", code)), table.At(row, column)));
        return false;
    }

    // [0-9], not \d: \d also matches digits of other scripts, which are no SSB code.
    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex MunicipalityCode();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex CountyCode();
}
