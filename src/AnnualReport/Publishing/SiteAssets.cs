using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// Copies what the site needs besides its pages into <c>assets/</c>: the style sheets and the one
/// script (<c>explore.js</c>) from the templates, and the web fonts, so the site and the PDF load nothing from elsewhere. The print
/// style sheet gets the language's page numbers ("3 av 40", "3 of 40") from the phrase book.
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

    /// <summary>The only script the site ships, by this name only: the explore script of the web charts.</summary>
    public const string ExploreScript = "explore.js";

    /// <summary>The style sheet the page numbers are written into.</summary>
    public const string PrintStyleSheet = "print.css";

    /// <summary>Copies style sheets and fonts; the print style sheet numbers pages in the language of <paramref name="phrases"/>.</summary>
    public static void Copy(TemplateFolders templates, string fontDirectory, string outputDirectory, PhraseBook phrases)
    {
        var assets = Path.Combine(outputDirectory, "assets");
        var fonts = Path.Combine(assets, "fonts");
        Directory.CreateDirectory(fonts);

        foreach (var css in templates.Files(string.Empty, "*.css"))
        {
            File.Copy(css, Path.Combine(assets, Path.GetFileName(css)));
        }

        // The one script the site ships (the explore script of the charts): copied as written, never
        // generated, and only from the shared templates: an edition's own templates never replace it.
        var explore = Path.Combine(templates.Shared, ExploreScript);
        if (File.Exists(explore))
        {
            File.Copy(explore, Path.Combine(assets, ExploreScript));
        }

        if (File.Exists(Path.Combine(assets, PrintStyleSheet)))
        {
            File.AppendAllText(Path.Combine(assets, PrintStyleSheet), PageNumbers(phrases));
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

    /// <summary>
    /// The footer rule of every printed page from the phrase <c>pdf.page-number</c>: its words become
    /// CSS strings, <c>{page}</c> and <c>{pages}</c> the page counters. Written after the style
    /// sheet's own rule, so it wins; the cover's "no number" rule names its page and still wins there.
    /// </summary>
    public static string PageNumbers(PhraseBook phrases)
    {
        const char Page = '\u0001', Pages = '\u0002';
        var text = phrases.Get("pdf.page-number", ("page", Page.ToString()), ("pages", Pages.ToString()));
        var parts = new List<string>();
        var literal = new System.Text.StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                parts.Add(Rendering.Css.String(literal.ToString()));
                literal.Clear();
            }
        }

        foreach (var c in text)
        {
            if (c is Page or Pages)
            {
                Flush();
                parts.Add(c == Page ? "counter(page)" : "counter(pages)");
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush();
        return $"\n@page {{\n  @bottom-center {{ content: {string.Join(" ", parts)}; }}\n}}\n";
    }
}
