using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// The municipal figures: per indicator, the country as the total series, the counties as the
/// breakdown <see cref="Counties"/>, and each county's municipalities as the breakdown
/// <c>fylke-&lt;code&gt;</c>. That layout lets the ordinary disclosure control protect every
/// municipality against being worked out from its county's total.
/// </summary>
public sealed record MunicipalData(
    Geography Geography,
    IReadOnlyList<IndicatorData> Indicators,
    IReadOnlyDictionary<string, IReadOnlyList<(string Country, double Count)>> CountryBackgrounds)
{
    public const string Counties = "fylker";

    public static string CountyBreakdown(string countyCode) => $"fylke-{countyCode}";
}
