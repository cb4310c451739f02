using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>The analysis stage's result: the figures after disclosure control and everything computed from them.</summary>
public sealed record EditionAnalysis(
    IReadOnlyList<IndicatorData> Data,
    IReadOnlyList<IndicatorResult> Indicators,
    IReadOnlyList<ThemeSummary> Themes,
    IReadOnlyList<StandardisedResult> Standardised)
{
    /// <summary>Disclosure control first, so no hidden figure reaches any computation, chart or file.</summary>
    public static EditionAnalysis Run(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorData> data)
    {
        var published = DisclosureControl.Apply(catalogue, data);
        var indicators = IndicatorAnalyser.Analyse(catalogue, published);
        return new EditionAnalysis(published, indicators, ThemeSummariser.Summarise(catalogue, indicators), CompositionAnalyser.Analyse(published));
    }
}
