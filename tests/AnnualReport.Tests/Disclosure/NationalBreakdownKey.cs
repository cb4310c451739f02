namespace AnnualReport.Tests.Disclosure;

/// <summary>One breakdown of one group's figure in one year, as one published file shows it.</summary>
internal sealed record NationalBreakdownKey(string Source, string Indicator, string Group, int Year, string Breakdown);
