namespace AnnualReport.Comparing;

/// <summary>
/// Where a change is (<c>where</c> in <c>--json</c>): the theme and indicator it is grouped under,
/// and, as far as they apply, the series and year of a figure, the field of a derived figure, the
/// page, nearest heading and reference number of a text, the file of a download.
/// </summary>
public sealed record ChangePlace
{
    public string? Theme { get; init; }

    public string? Indicator { get; init; }

    public string? Group { get; init; }

    public string? Breakdown { get; init; }

    public string? Category { get; init; }

    public int? Year { get; init; }

    /// <summary>For a figure published by quarter, month or half-year, its period's code ("2024Q2"); <see cref="Year"/> is then its calendar year.</summary>
    public string? Period { get; init; }

    public string? Field { get; init; }

    public string? Page { get; init; }

    public string? Heading { get; init; }

    public string? Ref { get; init; }

    public string? Text { get; init; }

    public string? File { get; init; }

    public string? Chart { get; init; }
}
