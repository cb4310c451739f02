namespace AnnualReport;

/// <summary>One language's part of a build: its folder inside the output folder (<c>nb/</c>, <c>nn/</c>), the pages written there and its PDF.</summary>
public sealed record LanguageOutput(string Language, string Directory, IReadOnlyList<string> Pages, string? PdfPath)
{
    /// <summary>How many pages the printed PDF has (0 without a PDF).</summary>
    public int PdfPages { get; init; }
}
