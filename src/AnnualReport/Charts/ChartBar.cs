namespace AnnualReport.Charts;

/// <summary>One bar: its category label, its value, or the status symbol that says why it has none.</summary>
public sealed record ChartBar(string Label, double? Value, string? Status)
{
    /// <summary>The source's flags on the figure (<c>Data.StatusMeanings.Flags</c>): the chart writes their marks after the bar's value and names them in its description.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
