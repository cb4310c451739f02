using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>
/// What the load stage read: the catalogue, the national figures mapped to series, on request the
/// municipal figures, and the curated text as written; with every problem found while reading.
/// Nothing is checked across files or computed yet.
/// </summary>
public sealed record LoadedEdition(
    IndicatorCatalogue? Catalogue,
    EditionFiles? Files,
    IReadOnlyList<IndicatorData> Data,
    MunicipalData? Municipal,
    CuratedText Text,
    IReadOnlyList<Diagnostic> Diagnostics);
