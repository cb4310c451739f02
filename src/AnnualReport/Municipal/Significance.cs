namespace AnnualReport.Municipal;

/// <summary>How a municipality's figure compares with the country's, judged by its 95 % interval.</summary>
public enum Significance
{
    Higher,
    Lower,
    NotDifferent,
}
