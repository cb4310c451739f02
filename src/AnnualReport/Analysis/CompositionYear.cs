namespace AnnualReport.Analysis;

/// <summary>
/// One year of a group broken down by one breakdown: for each category its rate and its weight
/// (its share of the group's denominator). The crude rate is the weighted sum.
/// </summary>
public sealed record CompositionYear(int Year, IReadOnlyDictionary<string, (double Rate, double Weight)> Categories)
{
    public double Crude => Categories.Values.Sum(c => c.Rate * c.Weight);

    /// <summary>From rates and denominators per category; null unless every category has both and the denominators sum above zero.</summary>
    public static CompositionYear? From(int year, IReadOnlyDictionary<string, (double? Rate, double? Denominator)> categories)
    {
        if (categories.Count == 0 || categories.Values.Any(c => c.Rate is null || c.Denominator is null))
        {
            return null;
        }

        var total = categories.Values.Sum(c => c.Denominator!.Value);
        return total <= 0
            ? null
            : new CompositionYear(year, categories.ToDictionary(c => c.Key, c => (c.Value.Rate!.Value, c.Value.Denominator!.Value / total)));
    }
}
