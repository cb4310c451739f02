namespace AnnualReport.Model;

/// <summary>
/// Where an indicator's figures come from and how the file's dimensions map to year, group and
/// breakdown. <see cref="File"/> is relative to the edition folder.
/// </summary>
/// <param name="YearDimension">The dimension holding years; null means the file's time dimension, else "year".</param>
/// <param name="GroupDimension">The dimension holding comparison groups; when the file has none, the indicator must have exactly one group.</param>
/// <param name="Breakdowns">File dimension → catalogue breakdown id.</param>
/// <param name="Total">The category code that means "not broken down" in every breakdown dimension.</param>
/// <param name="Filter">Other dimensions, each fixed to one category code.</param>
/// <param name="Codes">File codes renamed to catalogue ids (groups and breakdown categories).</param>
public sealed record DataSource(
    string File,
    string? YearDimension,
    string GroupDimension,
    IReadOnlyDictionary<string, string> Breakdowns,
    string Total,
    IReadOnlyDictionary<string, string> Filter,
    IReadOnlyDictionary<string, string> Codes,
    SourceSpan Where)
{
    /// <summary>The dimension holding municipality, county and country codes (municipal indicators only).</summary>
    public string? RegionDimension { get; init; }

    /// <summary>
    /// How far each published count may be off because the source rounds (5 when SSB rounds to
    /// the nearest 5, say); categories may then exceed their total by this much per category.
    /// </summary>
    public double Rounding { get; init; }

    /// <summary>The CSV separator the catalogue declares (<c>data.separator</c>: ',' or ';'); null to detect it.</summary>
    public char? Separator { get; init; }

    /// <summary>The CSV decimal mark the catalogue declares (<c>data.decimal</c>: '.' or ','); null to detect it.</summary>
    public char? DecimalMark { get; init; }

    /// <summary>Where the separator or decimal mark is declared, to name it when the file says otherwise.</summary>
    public SourceSpan? DialectWhere { get; init; }

    /// <summary>Where <c>annual-report fetch</c> downloads the file from (<c>data.fetch</c>); null when it is kept by hand.</summary>
    public FetchSource? Fetch { get; init; }

    /// <summary>
    /// When and from which table <c>fetch</c> downloaded the file, from its provenance record; null
    /// when there is none or the file no longer is what was fetched (edited by hand).
    /// </summary>
    public Retrieval? Retrieved { get; init; }

    /// <summary>
    /// The catalogue's status vocabulary for this source (<c>data.symbols</c>): symbol or flag →
    /// meaning, replacing the format's default for those symbols; empty to keep the default.
    /// </summary>
    public IReadOnlyDictionary<string, string> Symbols { get; init; } = new Dictionary<string, string>();

    public string Id(string code) => Codes.TryGetValue(code, out var id) ? id : code;

    /// <summary>Code maps of single dimensions (<c>codes: {dimension: {code: id}}</c>), by dimension (any case).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> DimensionCodes { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Codes of group and breakdown dimensions the indicator does not use, by dimension (<see cref="IgnoredCodes.AnyDimension"/> for all).</summary>
    public IReadOnlyDictionary<string, IgnoredCodes> Ignore { get; init; } = new Dictionary<string, IgnoredCodes>(StringComparer.OrdinalIgnoreCase);

    /// <summary>What to do with quarterly or monthly periods; null when the file must have years.</summary>
    public PeriodRule? Period { get; init; }

    /// <summary>True when the file's breakdowns have no total (<c>total: none</c>): the categories are shown without one.</summary>
    public bool NoTotal { get; init; }

    /// <summary>A code of <paramref name="dimension"/> as a catalogue id: that dimension's own map first, then the flat map.</summary>
    public string Id(string dimension, string code) =>
        DimensionCodes.TryGetValue(dimension, out var map) && map.TryGetValue(code, out var id) ? id : Id(code);

    /// <summary>Whether the catalogue renames <paramref name="code"/> in <paramref name="dimension"/> explicitly.</summary>
    public bool IsMapped(string dimension, string code) =>
        (DimensionCodes.TryGetValue(dimension, out var map) && map.ContainsKey(code)) || Codes.ContainsKey(code);

    /// <summary>The ignore rule for <paramref name="dimension"/>: its own, else the one for every dimension.</summary>
    public IgnoredCodes? IgnoreFor(string dimension) =>
        Ignore.TryGetValue(dimension, out var own) ? own : Ignore.GetValueOrDefault(IgnoredCodes.AnyDimension);
}
