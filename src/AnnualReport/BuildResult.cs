using AnnualReport.Model;

namespace AnnualReport;

/// <summary>What a finished build produced: the output folder, each language built in it, and the warnings it listed.</summary>
/// <param name="Languages">The languages this build wrote (not those it kept from the previous output), the main language first.</param>
public sealed record BuildResult(string OutputDirectory, IReadOnlyList<LanguageOutput> Languages, IReadOnlyList<Diagnostic> Warnings);
