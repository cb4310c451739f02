using AnnualReport.Comparing;

namespace AnnualReport.Tests.Comparing;

/// <summary>Small build snapshots made in code, for the differ's rules.</summary>
internal static class Snapshots
{
    /// <summary>A build with these themes, each with these indicators, and nothing else.</summary>
    public static BuildSnapshot Build(params (string Theme, string[] Indicators)[] themes) => new()
    {
        Folder = "build",
        Language = "nb",
        Series = new Dictionary<SeriesKey, SeriesSnapshot>(),
        Summaries = new Dictionary<string, (string?, string?, string)>(),
        Themes = [.. themes.Select((t, i) => new ThemePlace(t.Theme, i, t.Theme))],
        Indicators = [.. themes.SelectMany(t => t.Indicators.Select((id, i) => new IndicatorPlace(id, t.Theme, i, id)))],
        Blocks = [],
        Downloads = new Dictionary<string, IReadOnlyList<string>>(),
        Charts = new Dictionary<string, ChartSnapshot>(),
    };
}
