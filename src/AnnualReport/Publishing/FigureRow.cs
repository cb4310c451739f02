namespace AnnualReport.Publishing;

/// <summary>One published figure as the downloads give it: a row of the tidy table.</summary>
public sealed record FigureRow(
    string Theme,
    string IndicatorId,
    string Indicator,
    string Level,
    string Group,
    string Breakdown,
    string Category,
    int Year,
    double? Value,
    string Status,
    double? Low,
    double? High,
    string Unit,
    string Provenance,
    string Source,
    string Table)
{
    /// <summary>The marks of the source's flags on the figure ("p", "ep"), explained in the symbols sheet; empty for most figures.</summary>
    public string Flags { get; init; } = string.Empty;

    /// <summary>
    /// For an indicator published by quarter, month or half-year, the period's code ("2024Q2",
    /// "2024M03"; <see cref="Model.PeriodAxis.Code"/>), with <see cref="Year"/> its calendar year;
    /// empty for yearly figures.
    /// </summary>
    public string Period { get; init; } = string.Empty;
}
