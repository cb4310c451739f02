using System.Globalization;

namespace AnnualReport.Charts;

/// <summary>
/// What a line chart over time shows. <see cref="Id"/> must be unique within a page: the SVG's
/// title and description are referenced by ids derived from it.
/// </summary>
public sealed record LineChartSpec(
    string Id,
    string Title,
    string AxisTitle,
    int Decimals,
    CultureInfo Culture,
    bool ZeroBased,
    IReadOnlyList<ChartSeries> Series);
