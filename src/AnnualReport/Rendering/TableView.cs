namespace AnnualReport.Rendering;

/// <summary>The data table behind a chart: one row per year, one column per group.</summary>
public sealed record TableView(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<TableRowView> Rows);
