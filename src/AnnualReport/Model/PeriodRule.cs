namespace AnnualReport.Model;

/// <summary>What the catalogue does with quarterly or monthly periods (<c>data.period</c>).</summary>
public enum PeriodMode
{
    /// <summary>One quarter or month stands for its year (<c>period: {pick: Q4}</c>).</summary>
    Pick,

    /// <summary>The mean of a year's periods, for complete years only (<c>period: average</c>).</summary>
    Average,

    /// <summary>The sum of a year's periods, for complete years only (<c>period: sum</c>).</summary>
    Sum,
}

/// <summary>
/// The catalogue's choice for sub-annual periods. <see cref="PerYear"/> is 4 for quarters, 12 for
/// months, 2 for half-years; <see cref="Pick"/> is the period within the year (1-based) for
/// <see cref="PeriodMode.Pick"/>.
/// </summary>
public sealed record PeriodRule(PeriodMode Mode, int? PerYear, int? Pick, SourceSpan Where);
