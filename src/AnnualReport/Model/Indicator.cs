namespace AnnualReport.Model;

/// <summary>One indicator of the catalogue, with everything the publication says about it.</summary>
/// <param name="Population">Who is counted, such as "bosatte" or "elever".</param>
/// <param name="AgeBand">The ages counted, such as "20–66 år", or null.</param>
/// <param name="Groups">The comparison groups shown, in catalogue group order.</param>
/// <param name="Reference">The group the others are compared with, when not the edition's reference group.</param>
/// <param name="Breakdowns">The breakdown ids this indicator has.</param>
/// <param name="Interval">Years between observations (1 for yearly, 4 for elections).</param>
/// <param name="AxisFromZero">Whether the value axis starts at zero (default for percentages and counts).</param>
public sealed record Indicator(
    string Id,
    string ThemeId,
    IndicatorLevel Level,
    string Title,
    string Definition,
    Unit Unit,
    int Decimals,
    Polarity Polarity,
    string? Population,
    string? AgeBand,
    SourceReference Source,
    DataSource Data,
    IReadOnlyList<string> Groups,
    string? Reference,
    IReadOnlyList<string> Breakdowns,
    string? Notes,
    IReadOnlyList<SeriesBreak> Breaks,
    PolicyGoal? Goal,
    int Interval,
    AnalysisSettings Analysis,
    bool AxisFromZero,
    Provenance Provenance,
    SourceSpan Where)
{
    /// <summary>
    /// True for a statistic about one population (firms, emissions: <c>groups: none</c>): one
    /// series, no comparison group and no gap. Its one group is made from the indicator itself.
    /// </summary>
    public bool SinglePopulation { get; init; }

    /// <summary>
    /// True for a survey measured in irregular years (<c>frequency: irregular</c>): the years
    /// between surveys are not missing, changes compare with the previous survey.
    /// </summary>
    public bool Irregular { get; init; }

    /// <summary>
    /// Periods per year on the indicator's time axis: 1 for a yearly indicator, 4 for one published
    /// by quarter, 12 by month, 2 by half-year (<c>frequency</c>). Observations, breaks and trend
    /// windows of a sub-annual indicator are counted on <see cref="PeriodAxis"/>.
    /// </summary>
    public int PerYear { get; init; } = 1;

    /// <summary>True for an indicator published by quarter, month or half-year.</summary>
    public bool SubAnnual => PerYear > 1;

    /// <summary>Places on the time axis between two regular observations: the interval in years, or one period.</summary>
    public int Step => SubAnnual ? 1 : Interval;

    /// <summary>The places on the time axis that <paramref name="years"/> years span.</summary>
    public int PeriodsIn(int years) => years * PerYear;

    /// <summary>The most places a line joins two figures across: the step, or any gap between irregular surveys.</summary>
    public int JoinWithin => Irregular ? int.MaxValue : Step;
}
