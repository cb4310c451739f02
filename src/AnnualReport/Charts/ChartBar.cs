namespace AnnualReport.Charts;

/// <summary>One bar: its category label, its value, or the status symbol that says why it has none.</summary>
public sealed record ChartBar(string Label, double? Value, string? Status);
