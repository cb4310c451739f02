using System.Globalization;
using System.Text.RegularExpressions;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Reads the statistics bank pages, <c>statistikkbank-&lt;indicator&gt;.html</c>: one row per region
/// for the year named in the caption; columns are found by their <c>data-column</c> names. The group is read from a <c>group</c> column or a group label in
/// the caption when there is one; today the page names none and shows the indicator's first group,
/// and the attacker assumes so (a wrong guess makes the published values disagree with the raw
/// counts, which <c>The_attackers_model_agrees_with_every_published_value_and_hidden_truth</c> reports).
/// </summary>
internal static partial class StatisticsBankReader
{
    public static IReadOnlyList<PublishedCell> Read(string directory, AttackerCatalogue catalogue)
    {
        var cells = new List<PublishedCell>();
        foreach (var path in Directory.GetFiles(directory, "statistikkbank-*.html").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var indicator = catalogue.MunicipalIndicator(Path.GetFileNameWithoutExtension(path)["statistikkbank-".Length..]);
            if (indicator is null)
            {
                continue;
            }

            foreach (var table in HtmlText.Tables(File.ReadAllText(path), "bank-table"))
            {
                cells.AddRange(ReadTable(name, table, indicator, catalogue));
            }
        }

        return cells;
    }

    private static IEnumerable<PublishedCell> ReadTable(string name, string table, AnnualReport.Model.Indicator indicator, AttackerCatalogue catalogue)
    {
        var caption = CaptionYear().Match(table);
        var year = int.Parse(caption.Groups[1].Value, CultureInfo.InvariantCulture);
        var captionText = HtmlText.Text(table[..caption.Index]).Replace(indicator.Title, "", StringComparison.Ordinal);
        var captionGroup = indicator.Groups.FirstOrDefault(g => catalogue.Catalogue.FindGroup(g) is { } found && captionText.Contains(found.Label, StringComparison.Ordinal));
        var rows = HtmlText.Rows(table).Select(HtmlText.Cells).ToList();
        var header = HtmlText.ColumnNames(HtmlText.Rows(table).First()).ToList();
        int code = header.IndexOf("code"), value = header.IndexOf("value"), interval = header.IndexOf("interval"), group = header.IndexOf("group");
        foreach (var (row, index) in rows.Skip(1).Select((r, i) => (r, i)))
        {
            var region = HtmlText.Text(row[code]);
            var valueText = HtmlText.Text(row[value]);
            var limits = interval >= 0 ? HtmlText.Interval(HtmlText.Text(row[interval])) : null;
            yield return new PublishedCell(
                $"{name} row {index + 1}",
                indicator.Id,
                group >= 0 ? catalogue.GroupId(HtmlText.Text(row[group])) : captionGroup ?? indicator.Groups[0],
                region == catalogue.CountryCode ? RegionLevel.Country : region.Length == 2 ? RegionLevel.County : RegionLevel.Municipality,
                region,
                year,
                PublishedNumber.Parse(valueText),
                limits?.Lower,
                limits?.Upper,
                PublishedNumber.Parse(valueText) is null && valueText.Length > 0 ? valueText : null);
        }
    }

    [GeneratedRegex(@"(\d{4})\.[^<]*</caption>")]
    private static partial Regex CaptionYear();
}
