using AnnualReport.Model;

namespace AnnualReport.Validation;

/// <summary>What loading and checking an edition found: the catalogue and data as far as they could be read, and every diagnostic.</summary>
public sealed record ValidationReport(IndicatorCatalogue? Catalogue, IReadOnlyList<IndicatorData> Data, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The analysis of the figures that could be read (null without a catalogue).</summary>
    public Analysis.EditionAnalysis? Analysis { get; init; }

    /// <summary>The curated text with its live numbers, as HTML.</summary>
    public Rendering.RenderedText Text { get; init; } = Rendering.RenderedText.Empty;

    /// <summary>The municipal figures as read, when they were loaded.</summary>
    public Data.MunicipalData? Municipal { get; init; }

    public bool HasErrors => Catalogue is null || Diagnostics.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
}
