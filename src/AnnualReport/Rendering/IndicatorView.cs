namespace AnnualReport.Rendering;

/// <summary>One indicator section: chart, key figures, data tables, source, notes and series breaks.</summary>
/// <param name="Level">The indicator level as the reader sees it: hovedindikator, supplerende indikator or grunnlagstall.</param>
/// <param name="BaseFigures">Base figures are shown as a table, without chart or key figures.</param>
/// <param name="About">Population and age band, such as "Bosatte 20–66 år".</param>
/// <param name="Breakdowns">One chart and table per breakdown, in the latest year with figures.</param>
/// <param name="StandardisedTables">Crude and standardised rates side by side, one table per group.</param>
/// <param name="Decompositions">Sentences splitting a change into composition and outcome.</param>
/// <param name="Comment">The curated comment as HTML, or null.</param>
/// <param name="Illustrative">Some or all of the figures are illustrative, not published by the source.</param>
public sealed record IndicatorView(
    string Id,
    string Title,
    string Level,
    bool BaseFigures,
    string Definition,
    string? About,
    string Chart,
    string UnitText,
    IReadOnlyList<GroupFigureView> Figures,
    TableView Table,
    IReadOnlyList<BreakdownView> Breakdowns,
    IReadOnlyList<TableView> StandardisedTables,
    IReadOnlyList<string> Decompositions,
    string SourceName,
    string? SourceTable,
    string? SourceUrl,
    bool Illustrative,
    string? Notes,
    string? Comment,
    IReadOnlyList<string> Breaks,
    string? Goal);
