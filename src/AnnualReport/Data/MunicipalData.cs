using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// The municipal figures: per indicator, the country as the total series, the counties as the
/// breakdown <see cref="Counties"/>, and each county's municipalities as the breakdown
/// <c>fylke-&lt;code&gt;</c>. That layout lets the ordinary disclosure control protect every
/// municipality against being worked out from its county's total.
/// </summary>
/// <param name="Compositions">Per indicator with a standard: counts by (region, year, category) of the standard's breakdown.</param>
public sealed record MunicipalData(
    Geography Geography,
    IReadOnlyList<IndicatorData> Indicators,
    IReadOnlyDictionary<string, IReadOnlyList<(string Country, double Count)>> CountryBackgrounds,
    IReadOnlyDictionary<string, IReadOnlyDictionary<(string Region, int Year, string Category), (double N, double D)>> Compositions)
{
    public const string Counties = "fylker";

    /// <summary>
    /// Per indicator: figures given for an old code that has since been split. They are never
    /// published and never shared out by a guessed share; disclosure control still counts them
    /// in their county's sum.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SplitRegionCell>> SplitCells { get; init; } = new Dictionary<string, IReadOnlyList<SplitRegionCell>>();

    /// <summary>The country-background file's cells with their positions, for the check against the number of immigrants.</summary>
    public IReadOnlyList<CountryBackgroundCount> BackgroundCounts { get; init; } = [];

    public static string CountyBreakdown(string countyCode) => $"fylke-{countyCode}";
}
