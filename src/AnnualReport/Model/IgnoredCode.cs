namespace AnnualReport.Model;

/// <summary>A code in a data file that the indicator ignores, as <c>validate --verbose</c> lists it.</summary>
public sealed record IgnoredCode(string Dimension, string Code);
