using System.Globalization;

namespace AnnualReport.Model;

/// <summary>One language of an edition: its code (<c>nb</c>, <c>nn</c>, <c>en</c>) and the culture its numbers and dates are written in.</summary>
public sealed record EditionLanguage(string Code, CultureInfo Culture)
{
    /// <summary>
    /// The culture of a language the catalogue gives no culture for: the usual country for the
    /// languages of Norwegian publications, else the specific culture .NET picks for the code.
    /// </summary>
    public static CultureInfo DefaultCulture(string code) => code switch
    {
        "nb" => CultureInfo.GetCultureInfo("nb-NO"),
        "nn" => CultureInfo.GetCultureInfo("nn-NO"),
        "en" => CultureInfo.GetCultureInfo("en-GB"),
        _ => CultureInfo.CreateSpecificCulture(code),
    };
}
