using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Rendering;

namespace AnnualReport.Publishing;

/// <summary>What both the publication and the municipality products write the same way: the build stamp, the pages and their assets.</summary>
public static class SiteWriter
{
    /// <summary>The stamp of this build: edition, the given date, and the fingerprint of catalogue, content and templates.</summary>
    public static BuildStamp Stamp(BuildOptions options, int edition) => new(
        edition,
        options.Date ?? throw new ArgumentException("the build date must be given: the library does not read the clock", nameof(options)),
        InputFingerprint.Of(options.ProjectDirectory, [options.EditionDirectory, .. options.Templates.Roots]),
        options.Draft);

    /// <summary>Writes the pages into the folder and copies the style sheets and fonts beside them; the printed pages are numbered in the language of <paramref name="phrases"/>.</summary>
    public static async Task WriteAsync(string folder, IEnumerable<RenderedPage> pages, BuildOptions options, PhraseBook phrases, CancellationToken cancellationToken = default)
    {
        foreach (var page in pages)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, page.FileName), page.Html, cancellationToken);
        }

        SiteAssets.Copy(options.Templates, options.Fonts, folder, phrases);
    }
}
