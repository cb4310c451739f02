namespace AnnualReport.Rendering;

/// <summary>The numbers the method page states, taken from the settings the code uses so the page and the computation cannot disagree.</summary>
/// <param name="MaxIntervalWidth">The widest 95 % interval published, in percentage points.</param>
/// <param name="ReferenceGroup">The usual reference group's label.</param>
/// <param name="Symbols">The status symbols and their phrase-book names.</param>
/// <param name="Exceptions">Indicators whose analysis differs from the defaults.</param>
/// <param name="Thresholds">Each threshold (<c>analysis.stableBelow</c>) with the indicators that have it.</param>
/// <param name="Comparison">How municipalities are compared with the rest of the country; null without municipal products.</param>
/// <param name="Protection">The protection width of secondary suppression, in persons.</param>
public sealed record MethodView(
    int TrendYears,
    int MinCount,
    double MaxIntervalWidth,
    string ReferenceGroup,
    IReadOnlyList<SymbolView> Symbols,
    IReadOnlyList<MethodExceptionView> Exceptions,
    IReadOnlyList<ThresholdView> Thresholds,
    int MinPoints,
    int GapYears,
    ComparisonView? Comparison,
    int Protection)
{
    /// <summary>The settings of the key findings' rules (<see cref="Analysis.KeyFindings"/>).</summary>
    public FindingRulesView Findings { get; } = new(Analysis.KeyFindings.MaxFindings, Analysis.KeyFindings.MinFindings, Analysis.KeyFindings.PerTheme, Analysis.KeyFindings.RecentBreakYears);

    /// <summary>The indicators whose figures <c>fetch</c> downloaded, with table and day, for the sources section.</summary>
    public IReadOnlyList<RetrievalView> Retrievals { get; init; } = [];

    /// <summary>The flag meanings the edition's figures carry (<c>symbols.&lt;key&gt;</c>, marks <c>symbols.marks.&lt;key&gt;</c>); empty when no source flags a figure.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}

/// <summary>How many key findings are shown at most and at least, per theme, and how recent a series break must be to be one.</summary>
public sealed record FindingRulesView(int Max, int Min, int PerTheme, int RecentBreakYears);

/// <summary>One of SSB's symbols and the phrase-book name of its meaning (<c>symbols.&lt;key&gt;</c>).</summary>
public sealed record SymbolView(string Symbol, string Key);

/// <summary>An indicator whose analysis differs from the defaults, and how; null members are the default.</summary>
public sealed record MethodExceptionView(string Indicator, int? Interval, int? TrendYears, int? Baseline, int? MinPoints)
{
    /// <summary>Measured in irregular survey years: changes are since the previous survey.</summary>
    public bool Irregular { get; init; }

    /// <summary>One population, no comparison group and no gap.</summary>
    public bool SinglePopulation { get; init; }

    /// <summary>How quarters or months become years: <c>average</c>, <c>sum</c> or <c>pick</c>; or how they are published: <c>quarterly</c>, <c>monthly</c>, <c>half-yearly</c>; null for yearly figures.</summary>
    public string? Period { get; init; }

    /// <summary>The picked period within the year for <c>pick</c>, from 1.</summary>
    public int? Pick { get; init; }

    /// <summary>How many periods a year has for <c>pick</c>: 4 quarters, 12 months, 2 half-years.</summary>
    public int? PerYear { get; init; }

    /// <summary>Breakdown categories shown without a total.</summary>
    public bool NoTotal { get; init; }

    public bool Any => Interval is not null || TrendYears is not null || Baseline is not null || MinPoints is not null || Irregular || SinglePopulation || Period is not null || NoTotal;
}

/// <summary>A threshold and the indicators that use it; <paramref name="Value"/> null means no threshold.</summary>
public sealed record ThresholdView(FigureView? Value, IReadOnlyList<string> Indicators);

/// <summary>The rule for comparing with the rest of the country, from <see cref="Model.ComparisonSettings"/>.</summary>
/// <param name="Level">The significance level as a percentage, e.g. 5.</param>
/// <param name="Method">How the comparisons of one fact sheet are controlled together: <c>benjamini-hochberg</c>, <c>bonferroni</c> or <c>none</c>.</param>
public sealed record ComparisonView(double Level, string Method);
