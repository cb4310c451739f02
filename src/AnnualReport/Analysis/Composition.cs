namespace AnnualReport.Analysis;

/// <summary>
/// Fair comparisons when a group's make-up changes.
/// <para>Direct standardisation: the rate the group would have with a standard composition,
/// Σ s_k · r_k(t), where s_k are the standard's category shares and r_k(t) the rates in year t.</para>
/// <para>Decomposition of the change in the crude rate between years a and b (Kitagawa 1955):
/// composition part Σ (w_k(b) − w_k(a)) · (r_k(a) + r_k(b)) / 2 and outcome (within-category)
/// part Σ (r_k(b) − r_k(a)) · (w_k(a) + w_k(b)) / 2, which add up exactly to
/// Σ w_k(b) r_k(b) − Σ w_k(a) r_k(a).</para>
/// </summary>
public static class Composition
{
    /// <summary>The standardised rate of <paramref name="year"/> with the shares of <paramref name="standard"/>; null when a category is missing in either.</summary>
    public static double? Standardise(CompositionYear year, CompositionYear standard)
    {
        if (!standard.Categories.Keys.All(year.Categories.ContainsKey))
        {
            return null;
        }

        return standard.Categories.Sum(c => c.Value.Weight * year.Categories[c.Key].Rate);
    }

    /// <summary>The change from <paramref name="from"/> to <paramref name="to"/> in its two parts; null unless both years have the same categories.</summary>
    public static Decomposition? Decompose(CompositionYear from, CompositionYear to)
    {
        if (from.Categories.Count != to.Categories.Count || !from.Categories.Keys.All(to.Categories.ContainsKey))
        {
            return null;
        }

        double composition = 0, outcome = 0;
        foreach (var (category, a) in from.Categories)
        {
            var b = to.Categories[category];
            composition += (b.Weight - a.Weight) * (a.Rate + b.Rate) / 2;
            outcome += (b.Rate - a.Rate) * (a.Weight + b.Weight) / 2;
        }

        return new Decomposition(from.Year, to.Year, from.Crude, to.Crude, composition, outcome);
    }
}
