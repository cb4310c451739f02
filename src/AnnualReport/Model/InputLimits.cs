namespace AnnualReport.Model;

/// <summary>
/// How big and how deep input may be. Generous for real editions (the sample catalogue is 40 kB,
/// the largest data file a few MB), small enough that a hostile file cannot exhaust memory or the
/// stack before it is reported.
/// </summary>
public static class InputLimits
{
    /// <summary>The largest catalogue or curated text file, in bytes.</summary>
    public const long MaxYamlBytes = 20L * 1024 * 1024;

    /// <summary>The largest data file (CSV, JSON-stat, PX), in bytes.</summary>
    public const long MaxDataBytes = 200L * 1024 * 1024;

    /// <summary>The deepest nesting of YAML lists and mappings; the catalogue itself needs six.</summary>
    public const int MaxYamlDepth = 64;

    /// <summary>
    /// The most cells a cube may have (the product of its dimensions' sizes): far more than any
    /// indicator needs (a statistics bank extract is capped well below a million), few enough that
    /// reading them fits in memory. A few bytes of JSON-stat can declare more; see <c>CubeShape</c>.
    /// </summary>
    public const long MaxCubeCells = 10_000_000;
}
