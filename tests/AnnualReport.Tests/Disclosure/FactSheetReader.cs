using System.Globalization;
using System.Text.RegularExpressions;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Reads the indicator table of every fact sheet (<c>&lt;code&gt;.html</c>): per indicator row the
/// municipality's value and interval, and the values of its county, the country and its
/// comparison group (named in the lead by <c>data-group</c>). Columns are found by their
/// <c>data-column</c> names, so the reader does not depend on the page's language.
/// </summary>
internal static partial class FactSheetReader
{
    public static IReadOnlyList<PublishedCell> Read(string directory, AttackerCatalogue catalogue, MunicipalGeography geography)
    {
        var cells = new List<PublishedCell>();
        foreach (var path in Directory.GetFiles(directory, "*.html").Where(p => FactSheetName().IsMatch(Path.GetFileName(p))).Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileNameWithoutExtension(path);
            var html = File.ReadAllText(path);
            var comparisonGroup = ComparisonGroup().Match(html) is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;
            if (HtmlText.Table(html, "fact-table") is { } table)
            {
                cells.AddRange(ReadTable(Path.GetFileName(path), table, code, comparisonGroup, catalogue, geography));
            }
        }

        return cells;
    }

    private static IEnumerable<PublishedCell> ReadTable(string name, string table, string code, string? comparisonGroup, AttackerCatalogue catalogue, MunicipalGeography geography)
    {
        var rows = HtmlText.Rows(table).Select(HtmlText.Cells).ToList();
        var header = HtmlText.ColumnNames(HtmlText.Rows(table).First()).ToList();
        int county = header.IndexOf("county"), country = header.IndexOf("country"), group = header.IndexOf("comparison-group");
        foreach (var row in rows.Skip(1))
        {
            var groupNote = HtmlText.Text(HtmlText.Span(row[0], "group") ?? "");
            var note = GroupAndYear().Match(groupNote);
            var indicator = catalogue.MunicipalIndicatorTitled(HtmlText.Text(HtmlText.BeforeSpan(row[0])));
            if (indicator is null || !note.Success)
            {
                continue;
            }

            var groupId = catalogue.GroupId(note.Groups[1].Value);
            var year = int.Parse(note.Groups[2].Value, CultureInfo.InvariantCulture);
            PublishedCell Cell(RegionLevel level, string region, string html, string column)
            {
                var text = HtmlText.Text(HtmlText.BeforeSpan(html));
                var limits = HtmlText.Span(html, "sub") is { } sub ? HtmlText.Interval(HtmlText.Text(sub)) : null;
                var value = PublishedNumber.Parse(text);
                return new PublishedCell($"{name} {indicator.Id} {column}", indicator.Id, groupId, level, region, year, value, limits?.Lower, limits?.Upper, value is null && text.Length > 0 ? text : null);
            }

            yield return Cell(RegionLevel.Municipality, code, row[1], "municipality");
            if (county >= 0)
            {
                yield return Cell(RegionLevel.County, geography.CountyOf[code], row[county], "county");
            }

            if (country >= 0)
            {
                yield return Cell(RegionLevel.Country, catalogue.CountryCode, row[country], "country");
            }

            if (group >= 0 && comparisonGroup is not null)
            {
                yield return Cell(RegionLevel.ComparisonGroup, comparisonGroup, row[group], "comparison group");
            }
        }
    }

    [GeneratedRegex(@"^\d{4}\.html$")]
    private static partial Regex FactSheetName();

    [GeneratedRegex("class=\"comparison-group\" data-group=\"([^\"]+)\"")]
    private static partial Regex ComparisonGroup();

    [GeneratedRegex(@"^\((.+), (\d{4})\)$")]
    private static partial Regex GroupAndYear();
}
