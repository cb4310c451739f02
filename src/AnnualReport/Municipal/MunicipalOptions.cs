namespace AnnualReport.Municipal;

/// <summary>What <c>annual-report municipalities</c> builds: all fact sheets, or only some municipalities.</summary>
public sealed record MunicipalOptions(BuildOptions Build)
{
    /// <summary>Municipality codes to build; empty for all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>The most fact sheets printed at once: each is a browser page of some 100 MB.</summary>
    public const int MaxParallel = 8;

    /// <summary>How many fact sheets the browser prints at once (1 to <see cref="MaxParallel"/>).</summary>
    public int Parallel { get; init; } = 2;
}
