namespace AnnualReport.Comparing;

/// <summary>
/// One block of text of a page (heading, paragraph, list item, term, caption) with where it is:
/// the page, the nearest heading above it, the indicator section it is in, and the reference
/// number (<c>data-ref</c>) when the build has one.
/// </summary>
public sealed record TextBlockSnapshot(string Page, string? Heading, string? Indicator, string? Ref, TextOrigin Origin, string Text, bool IsHeading = false);
