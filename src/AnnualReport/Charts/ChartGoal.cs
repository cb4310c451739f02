namespace AnnualReport.Charts;

/// <summary>A policy goal drawn as a labelled target line.</summary>
public sealed record ChartGoal(double Value, string Label);
