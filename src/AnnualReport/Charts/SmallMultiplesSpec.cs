namespace AnnualReport.Charts;

/// <summary>One small line chart per panel (such as each botid category), all on the same axes.</summary>
public sealed record SmallMultiplesSpec(
    string Id,
    string Title,
    string AxisTitle,
    int Decimals,
    bool ZeroBased,
    IReadOnlyList<ChartSeries> Panels)
{
    public IReadOnlyList<ChartBreak> Breaks { get; init; } = [];

    /// <summary>Years between measurements, as in <see cref="LineChartSpec.Interval"/>.</summary>
    public int Interval { get; init; } = 1;

    /// <summary>Periods per year of the time axis, as in <see cref="LineChartSpec.PerYear"/>.</summary>
    public int PerYear { get; init; } = 1;
}
