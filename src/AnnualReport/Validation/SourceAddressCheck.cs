using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Rendering;

namespace AnnualReport.Validation;

/// <summary>
/// A catalogue source address the pages will not link to: anything but an http or https address
/// (<c>javascript:</c>, <c>data:</c>, a relative path) is shown as text only, and the analyst is
/// told, so a mistyped address is not silently left without its link.
/// </summary>
internal static class SourceAddressCheck
{
    public static IEnumerable<Diagnostic> Check(IndicatorCatalogue catalogue) =>
        catalogue.Indicators.Concat(catalogue.Municipalities?.Indicators ?? [])
            .Where(i => !string.IsNullOrWhiteSpace(i.Source.Url) && SafeUrl.Web(i.Source.Url) is null)
            .Select(i => Diagnostic.Warning(
                "unsafe-link",
                Messages.Format("validation.unsafe-source-link", ("url", SafeText.Excerpt(i.Source.Url)), ("indicator", i.Id)),
                i.Where));
}
