namespace AnnualReport.Municipal;

/// <summary>What <c>annual-report municipalities</c> builds: all fact sheets, or only some municipalities.</summary>
public sealed record MunicipalOptions(BuildOptions Build)
{
    /// <summary>Municipality codes to build; empty for all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>How many fact sheets the browser prints at once.</summary>
    public int Parallel { get; init; } = 2;
}
