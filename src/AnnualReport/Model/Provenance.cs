namespace AnnualReport.Model;

/// <summary>Whether figures are published by the source or made up for illustration.</summary>
public enum Provenance
{
    Published,
    Illustrative,
}
