namespace AnnualReport.Rendering;

/// <summary>A data table: a header for the row labels, one column per group, and an optional footnote.</summary>
public sealed record TableView(string Caption, string RowHeader, IReadOnlyList<string> Columns, IReadOnlyList<TableRowView> Rows, string? Footnote);
