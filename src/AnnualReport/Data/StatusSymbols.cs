namespace AnnualReport.Data;

/// <summary>
/// SSB's symbols for a missing figure (ssb.no, "Standardtegn i tabeller"). Each keeps its
/// meaning from the data file to the page.
/// </summary>
public static class StatusSymbols
{
    public const string NotApplicable = ".";
    public const string NotAvailable = "..";
    public const string Confidential = ":";
    public const string Nil = "-";

    public static IReadOnlyList<string> All { get; } = [NotApplicable, NotAvailable, Confidential, Nil];

    /// <summary>The phrase-book name of a symbol's meaning (<c>symbols.&lt;key&gt;</c>).</summary>
    public static string Key(string symbol) => symbol switch
    {
        NotApplicable => "not-applicable",
        NotAvailable => "not-available",
        Confidential => "confidential",
        _ => "nil",
    };
}
