namespace AnnualReport.Charts;

/// <summary>One point of a line; a null value (missing or suppressed) leaves a gap in the line.</summary>
public sealed record ChartPoint(int Year, double? Value)
{
    /// <summary>The source's flags on the figure (<c>Data.StatusMeanings.Flags</c>): a line chart writes their marks beside the point and names them in its description.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
