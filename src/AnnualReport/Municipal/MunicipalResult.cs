using AnnualReport.Model;

namespace AnnualReport.Municipal;

/// <summary>What a municipal build produced: fact sheets and PDFs counted over every language it built, each in its own folder.</summary>
public sealed record MunicipalResult(string OutputDirectory, int FactSheets, int Pdfs, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>The languages this build wrote, the main language first.</summary>
    public IReadOnlyList<LanguageOutput> Languages { get; init; } = [];
}
