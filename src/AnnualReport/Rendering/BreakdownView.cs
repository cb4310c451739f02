namespace AnnualReport.Rendering;

/// <summary>A breakdown of an indicator: its chart (SVG, or null) and the table behind it.</summary>
public sealed record BreakdownView(TrustedHtml? Chart, TableView Table)
{
    /// <summary>The chart's downloads and citation on the web page, when there is a chart.</summary>
    public ChartExploreView? Explore { get; init; }
}
