namespace AnnualReport.Tests.Disclosure;

/// <summary>One figure of the national publication: a group's total (no breakdown) or one category of a breakdown, in one year.</summary>
/// <param name="Breakdown">Null for the group's total.</param>
internal sealed record NationalCell(string Source, string Indicator, string Group, string? Breakdown, string? Category, int Year, bool HasValue, string? Status)
{
    public bool IsHidden => Status is ":" or "..";
}
