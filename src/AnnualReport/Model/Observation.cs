namespace AnnualReport.Model;

/// <summary>
/// One figure. <see cref="Value"/> is null when missing; <see cref="Status"/> then carries SSB's
/// symbol (<c>..</c>, <c>:</c>, <c>.</c>, <c>-</c>) so the page can show why.
/// <see cref="Provenance"/> says whether the source published it or it is illustrative.
/// <see cref="Numerator"/> and <see cref="Denominator"/>, when the data gives them, drive the
/// small-number rules and the uncertainty interval; <see cref="Low"/> and <see cref="High"/> are
/// that 95 % interval in the unit's scale, once disclosure control has computed it.
/// </summary>
public sealed record Observation(
    int Year,
    string Group,
    double? Value,
    string? Status,
    Provenance Provenance,
    SourceSpan Where,
    double? Numerator = null,
    double? Denominator = null,
    double? Low = null,
    double? High = null)
{
    /// <summary>
    /// What the source says about a published figure (provisional, estimated, break, low
    /// reliability, definition differs …: <c>Data.StatusMeanings.Flags</c>), shown with a mark
    /// and a footnote; empty for most figures.
    /// </summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The flags shown with the figure: <see cref="Flags"/> when it is published, none when it is missing (its status symbol stands there instead).</summary>
    public IReadOnlyList<string> PublishedFlags => Value.HasValue ? Flags : [];
}
