using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// One cell of a cube: its category code in each dimension (in dimension order), its value
/// (null when missing), SSB's status symbol if any, whether the file marked it illustrative, and
/// where its value was read; numerator and denominator when the file gives them.
/// </summary>
public sealed record CubeCell(
    IReadOnlyList<string> Codes,
    double? Value,
    string? Status,
    Provenance? Provenance,
    SourceSpan Where,
    double? Numerator = null,
    double? Denominator = null)
{
    /// <summary>Where each code of <see cref="Codes"/> was read, when the file says (a CSV or sheet cell); else null.</summary>
    public IReadOnlyList<SourceSpan>? CodesWhere { get; init; }

    /// <summary>The flags written beside the value, as the file has them (Eurostat's letters: <c>b</c>, <c>p</c> …); empty for most formats.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The meanings of the flags of a published figure once the source's vocabulary is applied (<see cref="StatusMeanings.Flags"/>).</summary>
    public IReadOnlyList<string> Marks { get; init; } = [];
}
