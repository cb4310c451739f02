namespace AnnualReport.Rendering;

/// <summary>
/// What the web page offers around one chart: its legend of toggle buttons (shown by the explore
/// script), its figures as CSV and the chart as SVG (static files beside the pages), the name a
/// PNG made in the browser is saved under, and what a citation names.
/// </summary>
/// <param name="Id">The chart's id (<c>chart-&lt;indicator&gt;</c>, <c>chart-&lt;indicator&gt;-&lt;breakdown&gt;</c>).</param>
/// <param name="Csv">The CSV file's address relative to the page.</param>
/// <param name="Svg">The SVG file's address relative to the page.</param>
/// <param name="Png">The file name the browser saves the PNG under.</param>
/// <param name="Legend">The legend's HTML, empty when the chart has none.</param>
/// <param name="Publication">The edition's title, the work the citation says the chart is taken from.</param>
public sealed record ChartExploreView(string Id, string Csv, string Svg, string Png, TrustedHtml Legend, SourceView Source, string Publication, string Publisher, int Year);
