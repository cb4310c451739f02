namespace AnnualReport.Analysis;

/// <summary>
/// A change in a crude rate split into the part due to the group's changed composition and the
/// part due to changed rates within categories; <see cref="CompositionPart"/> + <see cref="OutcomePart"/> = <see cref="Total"/>.
/// </summary>
public sealed record Decomposition(int FromYear, int ToYear, double CrudeFrom, double CrudeTo, double CompositionPart, double OutcomePart)
{
    public double Total => CrudeTo - CrudeFrom;
}
