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
}
