namespace AnnualReport.Rendering;

/// <summary>A breakdown of an indicator: its chart (SVG, or null) and the table behind it.</summary>
public sealed record BreakdownView(TrustedHtml? Chart, TableView Table)
{
    /// <summary>The chart's downloads and citation on the web page, when there is a chart.</summary>
    public ChartExploreView? Explore { get; init; }

    /// <summary>The flag meanings (<c>Data.StatusMeanings.Flags</c>) whose marks the chart shows, explained in a note under it.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
