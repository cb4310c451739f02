using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Publishing;

namespace AnnualReport.Municipal;

/// <summary>
/// The statistics bank as one tidy sheet: every published municipal, county and national figure
/// with its interval, its comparison with the rest of the country (none for the country itself)
/// and its symbol, at the precision the pages show (values at the indicator's decimals, interval
/// limits in whole units). Hidden figures have only their symbol; counts are not published.
/// The sheet's name, headers and words are the phrase book's (<c>municipal.spreadsheet</c>).
/// When a source flags figures (provisional, estimated …), a last column gives each figure's marks,
/// which the symbols sheet explains (<see cref="UsedFlags"/>).
/// </summary>
public static class MunicipalTable
{
    /// <summary>The columns in order, as keys of <c>municipal.spreadsheet.columns</c>, with their widths.</summary>
    private static readonly (string Key, double Width)[] Columns =
    [
        ("id", 16), ("indicator", 40), ("group", 24), ("level", 10), ("code", 10), ("region", 28), ("county", 20), ("year", 8),
        ("value", 10), ("low", 12), ("high", 12), ("status", 8), ("comparison", 28), ("provenance", 14),
    ];

    /// <summary>The spreadsheet's file name in the language (<c>kommunetall.xlsx</c>).</summary>
    public static string FileName(PhraseBook phrases)
    {
        // A file name is letters, digits and hyphens only, whatever the phrase book says.
        var name = new string([.. phrases.Get("municipal.files.spreadsheet").Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]).Trim('-');
        return (name.Length == 0 ? "figures" : name) + ".xlsx";
    }

    public static SpreadsheetExporter.SheetSpec Sheet(IndicatorCatalogue catalogue, MunicipalAnalysis analysis, PhraseBook phrases)
    {
        var geography = analysis.Geography;
        string Word(string key) => phrases.Get("municipal.spreadsheet." + key);
        var rows = new List<object?[]>();
        var flagged = UsedFlags(analysis).Count > 0;
        foreach (var data in analysis.Published)
        {
            foreach (var series in data.Series)
            {
                var (level, code, name, county) = series switch
                {
                    { IsTotal: true } => ("country", geography.CountryCode, geography.CountryName ?? phrases.Get("municipal.country"), string.Empty),
                    { Breakdown: MunicipalData.Counties } => ("county", series.Category!, geography.CountyName(series.Category!), geography.CountyName(series.Category!)),
                    _ => ("municipality", series.Category!, geography.Find(series.Category!)!.Name, Geography.Plain(geography.Find(series.Category!)!.County)),
                };
                foreach (var o in series.Observations)
                {
                    // The country is never compared with itself; regions with the rest of the country.
                    var comparison = series.IsTotal ? null : analysis.Comparison.Find(data.Indicator.Id, series.GroupId, series.Category!, o.Year);
                    rows.Add([
                        data.Indicator.Id, data.Indicator.Title, catalogue.FindGroup(series.GroupId)!.Label, Word("levels." + level), code, name, county, o.Year,
                        o.Value is { } v ? Math.Round(v, data.Indicator.Decimals, MidpointRounding.AwayFromZero) : null, o.Low, o.High,
                        o.Status ?? string.Empty,
                        comparison is null ? string.Empty : phrases.Get($"municipal.significance.{SignificanceKey(comparison.Verdict)}.short"),
                        Word(o.Provenance == Provenance.Published ? "provenance.published" : "provenance.illustrative"),
                        .. flagged ? [FlagText.Marks(phrases, o.PublishedFlags)] : Array.Empty<object?>(),
                    ]);
                }
            }
        }

        return new SpreadsheetExporter.SheetSpec(
            Word("sheet"),
            [.. Columns.Select(c => Word("columns." + c.Key)), .. flagged ? [Word("columns.flags")] : Array.Empty<string>()],
            rows,
            [.. Columns.Select(c => c.Width), .. flagged ? [8.0] : Array.Empty<double>()]);
    }

    /// <summary>The flag meanings some published figure of the fact sheets carries, in the vocabulary's order: the symbols sheet explains them.</summary>
    public static IReadOnlyList<string> UsedFlags(MunicipalAnalysis analysis) =>
        StatusMeanings.Used(analysis.Published);

    /// <summary>The phrase-book name of a verdict (<c>municipal.significance.&lt;key&gt;</c>).</summary>
    public static string SignificanceKey(Significance significance) => significance switch
    {
        Significance.Higher => "higher",
        Significance.Lower => "lower",
        _ => "not-different",
    };
}
