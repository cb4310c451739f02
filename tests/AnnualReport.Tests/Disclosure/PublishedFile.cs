namespace AnnualReport.Tests.Disclosure;

/// <summary>Which kind of published file a figure was read from, for summaries in failure messages.</summary>
internal static class PublishedFile
{
    public static string KindOf(string source) =>
        source.StartsWith(MunicipalSpreadsheetReader.FileName, StringComparison.Ordinal) ? "spreadsheet"
        : source.StartsWith("statistikkbank-", StringComparison.Ordinal) ? "statistics bank"
        : "fact sheets";

    /// <summary>"spreadsheet 12, fact sheets 3": how many of the sources come from each kind of file.</summary>
    public static string Summary(IEnumerable<string> sources) => string.Join(", ", sources
        .GroupBy(KindOf)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} {g.Count()}"));
}
