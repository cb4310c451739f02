using AnnualReport.Model;

namespace AnnualReport.Municipal;

/// <summary>What a municipal build produced.</summary>
public sealed record MunicipalResult(string OutputDirectory, int FactSheets, int Pdfs, IReadOnlyList<Diagnostic> Warnings);
