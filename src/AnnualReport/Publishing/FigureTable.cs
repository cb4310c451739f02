using AnnualReport.Analysis;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// Every published figure as one tidy table (one row per indicator, group, breakdown category and
/// year), after disclosure control: a hidden figure is a row with its symbol and no value.
/// The columns are named in Norwegian, as the analysts who open the files work in Norwegian.
/// </summary>
public static class FigureTable
{
    public static readonly string[] Columns =
    [
        "Tema", "Indikator-id", "Indikator", "Nivå", "Gruppe", "Inndeling", "Kategori", "År", "Verdi", "Status",
        "Nedre 95 %", "Øvre 95 %", "Enhet", "Opphav", "Kilde", "Tabell",
    ];

    public static IReadOnlyList<FigureRow> Rows(IndicatorCatalogue catalogue, EditionAnalysis analysis) =>
        analysis.Data.SelectMany(d => Rows(catalogue, d)).ToList();

    public static IReadOnlyList<FigureRow> Rows(IndicatorCatalogue catalogue, IndicatorData data)
    {
        var indicator = data.Indicator;
        var theme = catalogue.Themes.First(t => t.Id == indicator.ThemeId).Title;
        var level = indicator.Level switch { IndicatorLevel.Main => "Hovedindikator", IndicatorLevel.Supplementary => "Supplerende", _ => "Grunnlagstall" };
        var unit = NumberText.AxisTitle(indicator.Unit).ToLowerInvariant();
        return data.Series.SelectMany(series =>
        {
            var breakdown = series.Breakdown is null ? null : catalogue.FindBreakdown(series.Breakdown);
            var category = breakdown?.FindCategory(series.Category!)?.Label ?? "I alt";
            return series.Observations.Select(o => new FigureRow(
                theme, indicator.Id, indicator.Title, level, catalogue.FindGroup(series.GroupId)!.Label,
                breakdown?.Label ?? "I alt", category, o.Year, o.Value is { } v ? Math.Round(v, indicator.Decimals, MidpointRounding.AwayFromZero) : null, o.Status ?? string.Empty,
                o.Low, o.High,
                unit, o.Provenance == Provenance.Published ? "publisert" : "illustrerende", indicator.Source.Name, indicator.Source.Table ?? string.Empty));
        }).ToList();
    }
}
