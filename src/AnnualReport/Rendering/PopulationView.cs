namespace AnnualReport.Rendering;

/// <summary>A group's number (when published) and share of a municipality's population in a year.</summary>
public sealed record PopulationView(string Group, double? Count, double Share, int Decimals, string Unit, int Year)
{
    /// <summary>The source's flags on the figure, marked after the share.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
