namespace AnnualReport.Rendering;

/// <summary>
/// The rendered publication: every page (the print document with an unnumbered table of
/// contents among them), the contents' entries, and <see cref="Print"/> to render the print
/// document again with the page numbers the first printing found.
/// </summary>
public sealed record RenderedSite(IReadOnlyList<RenderedPage> Pages, IReadOnlyList<TocEntryView> Contents, Func<IReadOnlyList<TocEntryView>, RenderedPage> Print)
{
    /// <summary>The web pages' charts, each written beside the pages as CSV and SVG (<see cref="Publishing.ChartFiles"/>).</summary>
    public IReadOnlyList<ChartDownload> Charts { get; init; } = [];
}
