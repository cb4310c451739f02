namespace AnnualReport.Municipal;

/// <summary>
/// An indirectly standardised rate: the country's rate × observed / expected, where expected is the
/// count the country's rate in each category (such as botid) would give the municipality's own
/// population in that category.
/// </summary>
/// <param name="Rate">The standardised rate, in the unit's scale.</param>
/// <param name="ObservedOverExpected">The standardised ratio: above 1 means more than the country's rates would give.</param>
public sealed record IndirectStandardisation(double Rate, double ObservedOverExpected);
