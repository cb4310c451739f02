namespace AnnualReport.Tests.Disclosure;

/// <summary>What a published figure covers: the country, a county, a municipality or a comparison group of municipalities.</summary>
internal enum RegionLevel
{
    Country,
    County,
    Municipality,
    ComparisonGroup,
}
