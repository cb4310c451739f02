namespace AnnualReport.Comparing;

/// <summary>A theme's place in a build: its page, its position in the navigation and its title.</summary>
public sealed record ThemePlace(string Id, int Position, string Title);
