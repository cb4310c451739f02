using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// Copies what the site needs besides its pages into <c>assets/</c>: the style sheets from the
/// templates and the web fonts, so the site and the PDF load nothing from elsewhere.
/// </summary>
public static class SiteAssets
{
    /// <summary>The font files the style sheet names (Noto Sans, Latin and Latin Extended for Sami letters).</summary>
    public static IReadOnlyList<string> FontFiles { get; } =
    [
        .. from subset in new[] { "latin", "latin-ext" }
           from style in new[] { "400-normal", "400-italic", "700-normal" }
           select $"noto-sans-{subset}-{style}.woff2",
    ];

    public static void Copy(string templateDirectory, string fontDirectory, string outputDirectory)
    {
        var assets = Path.Combine(outputDirectory, "assets");
        var fonts = Path.Combine(assets, "fonts");
        Directory.CreateDirectory(fonts);

        foreach (var css in Directory.GetFiles(templateDirectory, "*.css"))
        {
            File.Copy(css, Path.Combine(assets, Path.GetFileName(css)));
        }

        var missing = FontFiles.Where(f => !File.Exists(Path.Combine(fontDirectory, f))).ToList();
        if (missing.Count > 0)
        {
            throw new EnvironmentException(
                Messages.Format("fault.fonts", ("folder", fontDirectory), ("file", missing[0])));
        }

        foreach (var font in FontFiles)
        {
            File.Copy(Path.Combine(fontDirectory, font), Path.Combine(fonts, font));
        }
    }
}
