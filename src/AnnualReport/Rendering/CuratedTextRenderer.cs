using AnnualReport.Analysis;
using AnnualReport.Model;
using Markdig;

namespace AnnualReport.Rendering;

/// <summary>
/// Turns the curated text into HTML: helpers first (live numbers), then Markdown. Raw HTML in the
/// text is never passed through: Markdig's HTML support is switched off, so it shows as text.
/// Links go through <see cref="SafeLinkRewriter"/> (only http, https, mailto and links inside the
/// site; images become their alt text), so nothing in the text can run or load anything.
/// </summary>
public static class CuratedTextRenderer
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <param name="draft">A draft: a sentence that contradicts its figure is a warning, so reviewers can read on; in a final build it is an error.</param>
    public static RenderedText Render(CuratedText text, IndicatorCatalogue catalogue, EditionAnalysis analysis, Localization.Formats formats, bool draft, List<Diagnostic> diagnostics)
    {
        var helpers = new TextHelpers(catalogue, analysis, formats, draft);
        string Html(TextBlock block)
        {
            var html = ToHtml(helpers.Expand(block, diagnostics), out var refused);
            if (block.Fallback is { } language)
            {
                html = $"<div lang=\"{TemplateContextHtml.Escape(language)}\">{html}</div>";
            }

            foreach (var link in refused)
            {
                // The address as written may differ (entities, helpers before it): then the block's start.
                var at = block.At(Math.Max(block.Markdown.IndexOf(link.Url, StringComparison.Ordinal), 0));
                diagnostics.Add(link.Image
                    ? Diagnostic.Warning("text-image", Localization.Messages.Format("text.image", ("text", SafeText.Excerpt(link.Text)), ("url", SafeText.Excerpt(link.Url))), at)
                    : Diagnostic.Warning("unsafe-link", Localization.Messages.Format("text.unsafe-link", ("text", SafeText.Excerpt(link.Text)), ("url", SafeText.Excerpt(link.Url))), at));
            }

            return html + DraftFlags(block, helpers, formats.Phrases);
        }

        return new RenderedText(
            text.Preface is { } preface ? Html(preface) : null,
            text.ThemeIntroductions.ToDictionary(t => t.Key, t => Html(t.Value)),
            text.ThemeSummaries.ToDictionary(t => t.Key, t => Html(t.Value)),
            text.IndicatorComments.ToDictionary(t => t.Key, t => Html(t.Value)))
        {
            Findings = text.Findings,
            FindingTexts = text.FindingTexts.ToDictionary(t => t.Key, t => Inline(Html(t.Value))),
        };
    }

    // A finding is one sentence in a list item: its paragraph's tags go, what is inside stays.
    private static string Inline(string html) =>
        html.StartsWith("<p>", StringComparison.Ordinal) && html.IndexOf("</p>", StringComparison.Ordinal) == html.Length - 4 ? html[3..^4] : html;

    /// <summary>
    /// In a draft, what reviewers must see under a block: a sentence that contradicts its figure, a
    /// block shown in the main language because its translation is missing (that block then carries
    /// its own <c>lang</c>, so a screen reader reads it in the right language). Final builds have
    /// neither: both are errors there.
    /// </summary>
    private static string DraftFlags(TextBlock block, TextHelpers helpers, Localization.PhraseBook phrases)
    {
        var notes = helpers.Contradictions.Where(c => ReferenceEquals(c.Block, block)).Select(c => c.SaidUp ? "pages.draft.said-up" : "pages.draft.said-down").Distinct().ToList();
        if (block.Fallback is not null)
        {
            notes.Add("pages.draft.fallback");
        }

        return string.Concat(notes.Select(key =>
            $"<p class=\"draft-flag\" role=\"note\" data-noref><strong>{TemplateContextHtml.Escape(phrases.Get("pages.draft.flag"))}:</strong> {TemplateContextHtml.Escape(phrases.Get(key))}</p>"));
    }

    /// <summary>Markdown (helpers already expanded) as the safe HTML the pages carry.</summary>
    internal static string ToHtml(string markdown) => ToHtml(markdown, out _);

    /// <summary>Markdown as safe HTML, and the links and images that were shown as text instead.</summary>
    internal static string ToHtml(string markdown, out IReadOnlyList<RefusedLink> refused)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        refused = SafeLinkRewriter.Refused(document);
        return Markdown.ToHtml(document, Pipeline).Trim();
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.DocumentProcessed += SafeLinkRewriter.Rewrite;
        return builder.Build();
    }
}
