using System.Globalization;

namespace AnnualReport.Charts;

/// <summary>One point of a line; a null value (missing or suppressed) leaves a gap in the line.</summary>
public sealed record ChartPoint(int Year, double? Value);

/// <summary>One labelled line.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<ChartPoint> Points);

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
