using System.Globalization;
using System.Text.RegularExpressions;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Reads the statistics bank pages, <c>statistikkbank-&lt;indicator&gt;.html</c>: one row per region
/// for the year named in the caption. The page does not name its group; it shows the indicator's
/// first group, the one the fact sheets lead with, and the attacker assumes so (a wrong guess
/// would make the attack's constraints contradict each other, which the sanity test catches).
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
            var html = File.ReadAllText(path);
            var table = HtmlText.Table(html, "bank-table");
            if (indicator is null || table is null)
            {
                continue;
            }

            var year = int.Parse(CaptionYear().Match(table).Groups[1].Value, CultureInfo.InvariantCulture);
            var rows = HtmlText.Rows(table).Select(HtmlText.Cells).ToList();
            var header = rows[0].Select(HtmlText.Text).ToList();
            int code = header.IndexOf("Nr."), value = header.IndexOf("Verdi"), interval = header.IndexOf("95 % intervall");
            foreach (var (row, index) in rows.Skip(1).Select((r, i) => (r, i)))
            {
                var region = HtmlText.Text(row[code]);
                var valueText = HtmlText.Text(row[value]);
                var limits = interval >= 0 ? HtmlText.Interval(HtmlText.Text(row[interval])) : null;
                cells.Add(new PublishedCell(
                    $"{name} row {index + 1}",
                    indicator.Id,
                    indicator.Groups[0],
                    region == catalogue.CountryCode ? RegionLevel.Country : region.Length == 2 ? RegionLevel.County : RegionLevel.Municipality,
                    region,
                    year,
                    PublishedNumber.Parse(valueText),
                    limits?.Lower,
                    limits?.Upper,
                    PublishedNumber.Parse(valueText) is null && valueText.Length > 0 ? valueText : null));
            }
        }

        return cells;
    }

    [GeneratedRegex(@"(\d{4})\.[^<]*</caption>")]
    private static partial Regex CaptionYear();
}
