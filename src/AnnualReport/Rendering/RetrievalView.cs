namespace AnnualReport.Rendering;

/// <summary>
/// A fetched indicator's retrieval for the templates: the indicator, its source, the table and the
/// day (<c>yyyy-MM-dd</c>, worded by the <c>date</c> function in the page's language).
/// </summary>
public sealed record RetrievalView(string Indicator, string Source, string Table, string Date)
{
    public static RetrievalView? For(Model.Indicator indicator) =>
        indicator.Data.Retrieved is { } retrieval
            ? new RetrievalView(indicator.Title, indicator.Source.Name, retrieval.Table, Fetching.RetrievalReader.Iso(retrieval))
            : null;
}
