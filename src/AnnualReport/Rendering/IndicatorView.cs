namespace AnnualReport.Rendering;

/// <summary>One indicator section: chart, key figures, data table and source.</summary>
public sealed record IndicatorView(
    string Id,
    string Title,
    string Definition,
    string Chart,
    string UnitText,
    IReadOnlyList<GroupFigureView> Figures,
    TableView Table,
    string SourceName,
    string? SourceTable,
    string? SourceUrl,
    bool Illustrative,
    string? Notes);
