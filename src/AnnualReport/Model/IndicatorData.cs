namespace AnnualReport.Model;

/// <summary>An indicator with its figures, one series per group in catalogue group order.</summary>
public sealed record IndicatorData(Indicator Indicator, IReadOnlyList<Series> Series)
{
    /// <summary>Codes of the file the catalogue ignores (<c>data.ignore</c>), for <c>validate --verbose</c>.</summary>
    public IReadOnlyList<IgnoredCode> Ignored { get; init; } = [];
}
