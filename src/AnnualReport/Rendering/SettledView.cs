namespace AnnualReport.Rendering;

/// <summary>The number of refugees settled in a municipality in a year.</summary>
public sealed record SettledView(int Year, double Count)
{
    /// <summary>The source's flags on the figure, marked after the count.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
