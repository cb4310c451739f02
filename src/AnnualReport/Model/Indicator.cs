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

    /// <summary>The most years a line joins two figures across: the interval, or any gap between irregular surveys.</summary>
    public int JoinWithin => Irregular ? int.MaxValue : Interval;
}
