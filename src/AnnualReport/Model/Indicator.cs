namespace AnnualReport.Model;

/// <summary>One indicator of the catalogue. <see cref="DataFile"/> is relative to the edition's content folder.</summary>
public sealed record Indicator(
    string Id,
    string ThemeId,
    IndicatorLevel Level,
    string Title,
    string Definition,
    Unit Unit,
    int Decimals,
    Polarity Polarity,
    SourceReference Source,
    string DataFile,
    Provenance Provenance,
    SourceSpan Where);
