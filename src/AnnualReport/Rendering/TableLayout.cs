namespace AnnualReport.Rendering;

/// <summary>
/// How an indicator's figures are laid out: beside the chart a compact table of the last few
/// years; the full year-by-year tables (all years, breakdowns, standardised rates) in the print
/// document's table appendix and, on the web, behind a disclosure under the compact table.
/// </summary>
public static class TableLayout
{
    /// <summary>How many of the latest years the compact table shows (a report's reader wants the recent trend; the downloads hold every year).</summary>
    public const int RecentYears = 5;

    /// <summary>The appendix chapter's id in the print document.</summary>
    public const string AppendixId = "tabellvedlegg";
}
