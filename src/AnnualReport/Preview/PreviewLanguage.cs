using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Rendering;

namespace AnnualReport.Preview;

/// <summary>One language of a preview build: its folder, its pages, and what printing its PDF needs.</summary>
public sealed record PreviewLanguage(string Code, string Folder, RenderedSite Site, IndicatorCatalogue Catalogue, Formats Formats, BuildStamp Stamp)
{
    /// <summary>The PDF's file name in the language's folder.</summary>
    public string PdfFileName => Catalogue.Edition.PdfFileName;
}
