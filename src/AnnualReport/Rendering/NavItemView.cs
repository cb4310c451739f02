namespace AnnualReport.Rendering;

/// <summary>A link in the navigation; <see cref="Current"/> marks the page being shown.</summary>
public sealed record NavItemView(string Href, string Title, bool Current);
