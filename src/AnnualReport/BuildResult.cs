using AnnualReport.Model;

namespace AnnualReport;

/// <summary>What a finished build produced, and the warnings it listed.</summary>
public sealed record BuildResult(string OutputDirectory, IReadOnlyList<string> Pages, string? PdfPath, IReadOnlyList<Diagnostic> Warnings);
