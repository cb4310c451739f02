namespace AnnualReport.Rendering;

/// <summary>The rule for comparing with the rest of the country, in the method page's words, from <see cref="Model.ComparisonSettings"/>.</summary>
/// <param name="Level">The level as a percentage, e.g. "5".</param>
/// <param name="Method">How the comparisons of one fact sheet are controlled together, in words.</param>
/// <param name="FalseDiscoveryRate">Whether the method is Benjamini–Hochberg (the reason paragraph applies).</param>
public sealed record ComparisonView(string Level, string Method, bool FalseDiscoveryRate);
