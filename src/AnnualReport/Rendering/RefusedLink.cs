namespace AnnualReport.Rendering;

/// <summary>A link or image in curated text that the pages show as text only, and why.</summary>
/// <param name="Url">The address as Markdig read it (entities decoded).</param>
/// <param name="Image">An image (never shown), rather than a link to a refused address.</param>
/// <param name="Text">The words shown in its place: the link text or the image's alt text.</param>
public sealed record RefusedLink(string Url, bool Image, string Text);
