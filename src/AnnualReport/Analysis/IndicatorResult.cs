using AnnualReport.Model;

namespace AnnualReport.Analysis;

/// <summary>An indicator with its figures and the results computed for each of its series.</summary>
public sealed record IndicatorResult(IndicatorData Data, IReadOnlyList<SeriesResult> Series)
{
    public Indicator Indicator => Data.Indicator;

    /// <summary>The first and last year with any observation, for axes and captions.</summary>
    public (int First, int Last) Years =>
        (Data.Series.Min(s => s.Observations[0].Year), Data.Series.Max(s => s.Observations[^1].Year));
}
