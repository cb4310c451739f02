namespace AnnualReport.Rendering;

/// <summary>A table row: the year as row header, then one formatted cell per column.</summary>
public sealed record TableRowView(string Header, IReadOnlyList<string> Cells);
