namespace AnnualReport.Comparing;

/// <summary>An indicator's place in a build: its theme (the page it is on), its position there and its title.</summary>
public sealed record IndicatorPlace(string Id, string Theme, int Position, string Title);
