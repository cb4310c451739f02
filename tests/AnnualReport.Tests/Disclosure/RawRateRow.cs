namespace AnnualReport.Tests.Disclosure;

/// <summary>One row of a raw municipal rate file, total over every breakdown: the region's count and its denominator.</summary>
internal sealed record RawRateRow(int Year, string Region, string Group, double Numerator, double Denominator);
