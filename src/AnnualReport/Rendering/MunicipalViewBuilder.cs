using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Municipal;

namespace AnnualReport.Rendering;

/// <summary>Formats fact sheets and statistics bank tables for the templates.</summary>
internal sealed class MunicipalViewBuilder(IndicatorCatalogue catalogue, MunicipalAnalysis analysis)
{
    private readonly NumberText _numbers = new(catalogue.Edition.Culture);

    public FactSheetView FactSheet(FactSheet sheet)
    {
        var settings = catalogue.Municipalities!;
        var population = new List<string>();
        foreach (var row in sheet.Rows.Where(r => r.Indicator.Id == settings.Population && r.Municipality?.Value is not null))
        {
            var label = catalogue.FindGroup(row.Group)!.Label;
            var count = row.Municipality!.Numerator is { } n ? $"{_numbers.Value(n, 0)} personer, " : string.Empty;
            population.Add($"{label}: {count}{Value(row.Indicator, row.Municipality)} av befolkningen ({row.Year})");
        }

        foreach (var row in sheet.Rows.Where(r => r.Indicator.Id == settings.Settled && r.Municipality?.Value is not null))
        {
            population.Add($"Flyktninger bosatt i {row.Year}: {Value(row.Indicator, row.Municipality!)}");
        }

        var countries = catalogue.FindBreakdown("land");
        var backgrounds = sheet.Backgrounds.Select(b => $"{countries?.FindCategory(b.Country)?.Label ?? b.Country}: {_numbers.Value(b.Count, 0)}").ToList();
        var rows = sheet.Rows.Where(r => r.Indicator.Id != settings.Population && r.Indicator.Id != settings.Settled).Select(r => Row(sheet, r)).ToList();
        return new FactSheetView(
            sheet.Municipality.Code, sheet.Municipality.Name, sheet.County, sheet.Municipality.Group, population, backgrounds, sheet.Sentences, rows,
            sheet.Rows.SelectMany(r => r.History).Any(o => o.Provenance == Provenance.Illustrative));
    }

    public BankView Bank(IndicatorData data)
    {
        var indicator = data.Indicator;
        var group = indicator.Groups[0];
        var year = data.Series.Where(s => s.IsTotal).SelectMany(s => s.Observations).Select(o => o.Year).DefaultIfEmpty(0).Max();
        Observation? At(string? breakdown, string? category) =>
            data.Series.FirstOrDefault(s => s.GroupId == group && s.Breakdown == breakdown && s.Category == category)?.Observations.FirstOrDefault(o => o.Year == year);
        var country = At(null, null);
        string Compared(string region) => Comparison(analysis.Comparison.Find(indicator.Id, group, region, year)?.Verdict).Text;

        // The country is not compared with itself: its row has no comparison.
        var rows = new List<BankRowView> { new(analysis.Geography.CountryCode, analysis.Geography.CountryName, string.Empty, Cell(indicator, country), Interval(country), string.Empty, true) };
        rows.AddRange(analysis.Geography.Counties.Select(c =>
        {
            var o = At(MunicipalData.Counties, c.Code);
            return new BankRowView(c.Code, c.Name, c.Name, Cell(indicator, o), Interval(o), Compared(c.Code), true);
        }));
        rows.AddRange(analysis.Geography.Municipalities.Select(m =>
        {
            var o = At(MunicipalData.CountyBreakdown(m.CountyCode), m.Code);
            return new BankRowView(m.Code, m.Name, Geography.Plain(m.County), Cell(indicator, o), Interval(o), Compared(m.Code), false);
        }));
        return new BankView(indicator.Id, indicator.Title, indicator.Definition, year.ToString(catalogue.Edition.Culture), NumberText.AxisTitle(indicator.Unit), rows, indicator.Source.Name);
    }

    private FactRowView Row(FactSheet sheet, FactRow row)
    {
        var indicator = row.Indicator;
        var (symbol, text) = Comparison(row.Significance);
        var points = row.History.Select(o => new ChartPoint(o.Year, o.Value)).ToList();
        var sparkline = Sparkline.Render(new SparklineSpec($"spark-{sheet.Municipality.Code}-{indicator.Id}-{row.Group}", $"{indicator.Title}, {sheet.Municipality.Name}", indicator.Decimals, catalogue.Edition.Culture, points, indicator.Interval));
        return new FactRowView(
            indicator.Title,
            catalogue.FindGroup(row.Group)!.Label,
            row.Year.ToString(catalogue.Edition.Culture),
            Cell(indicator, row.Municipality),
            Interval(row.Municipality),
            Cell(indicator, row.County),
            Cell(indicator, row.Country),
            row.ComparisonGroup is { } g ? Cell(indicator, g) : "–",
            row.Adjusted is { } a ? _numbers.Value(a.Rate, indicator.Decimals) : "–",
            symbol,
            text,
            sparkline);
    }

    private static (string Symbol, string Text) Comparison(Significance? significance) => significance switch
    {
        Significance.Higher => ("▲", "Signifikant høyere enn resten av landet"),
        Significance.Lower => ("▼", "Signifikant lavere enn resten av landet"),
        Significance.NotDifferent => ("●", "Ikke signifikant forskjellig"),
        _ => (string.Empty, string.Empty),
    };

    private string Value(Indicator indicator, Observation observation) =>
        _numbers.Value(observation.Value!.Value, indicator.Decimals) + NumberText.ValueSuffix(indicator.Unit);

    private string Cell(Indicator indicator, Observation? observation) =>
        observation is null ? StatusSymbols.NotAvailable : _numbers.Value(observation.Value, observation.Status, indicator.Decimals);

    private string Interval(Observation? observation) =>
        observation is { Low: { } low, High: { } high } ? $"{_numbers.Value(low, 0)}–{_numbers.Value(high, 0)}" : string.Empty;
}
