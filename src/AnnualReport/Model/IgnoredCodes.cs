namespace AnnualReport.Model;

/// <summary>
/// Codes of a group or breakdown dimension the indicator does not use (<c>data.ignore</c>):
/// the listed <see cref="Codes"/>, each with where it is written, or, when <see cref="Unlisted"/>,
/// every code that gives neither a group nor a category the indicator lists.
/// </summary>
public sealed record IgnoredCodes(bool Unlisted, IReadOnlyList<(string Code, SourceSpan Where)> Codes, SourceSpan Where)
{
    /// <summary>The key of <see cref="DataSource.Ignore"/> for a rule that holds in every group and breakdown dimension.</summary>
    public const string AnyDimension = "";
}
