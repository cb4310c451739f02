namespace AnnualReport.Comparing;

/// <summary>
/// What one language of a build output publishes, in a form two builds can be compared in: the
/// figures and derived fields of analysis.json, the themes and indicators in their order, every
/// text block of the web pages, the chart data (data/*.csv) and the charts.
/// </summary>
public sealed record BuildSnapshot
{
    public required string Folder { get; init; }

    public required string Language { get; init; }

    /// <summary>The publication's title, as analysis.json gives it.</summary>
    public string? Title { get; init; }

    public string? Stamp { get; init; }

    public required IReadOnlyDictionary<SeriesKey, SeriesSnapshot> Series { get; init; }

    /// <summary>Other analysis results outside the series (theme summaries, standardised rates) by a readable key, as JSON text.</summary>
    public required IReadOnlyDictionary<string, (string? Indicator, string? Theme, string Json)> Summaries { get; init; }

    public required IReadOnlyList<ThemePlace> Themes { get; init; }

    public required IReadOnlyList<IndicatorPlace> Indicators { get; init; }

    public required IReadOnlyList<TextBlockSnapshot> Blocks { get; init; }

    /// <summary>The data/*.csv downloads by file name, as lines.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Downloads { get; init; }

    /// <summary>Every chart (SVG) by its id (or page and position), with the page and indicator it belongs to.</summary>
    public required IReadOnlyDictionary<string, ChartSnapshot> Charts { get; init; }
}
