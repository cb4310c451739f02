namespace AnnualReport.Model;

/// <summary>An indicator with its figures, one series per group in catalogue group order.</summary>
public sealed record IndicatorData(Indicator Indicator, IReadOnlyList<Series> Series)
{
    /// <summary>Codes of the file the catalogue ignores (<c>data.ignore</c>), for <c>validate --verbose</c>.</summary>
    public IReadOnlyList<IgnoredCode> Ignored { get; init; } = [];

    /// <summary>
    /// The series of the main chart and the table by year: each group's total, or, for a
    /// breakdown without a total (<c>total: none</c>), the categories of the first breakdown.
    /// </summary>
    public IReadOnlyList<Series> MainSeries() =>
        Series.Any(s => s.IsTotal) || !Indicator.Data.NoTotal
            ? Series.Where(s => s.IsTotal).ToList()
            : Series.Where(s => s.Breakdown == Series.FirstOrDefault()?.Breakdown).ToList();
}
