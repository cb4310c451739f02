namespace AnnualReport.Municipal;

/// <summary>How a region's figure compares with the rest of the country's, by <see cref="CountryComparison"/>.</summary>
public enum Significance
{
    Higher,
    Lower,
    NotDifferent,
}
