using AnnualReport.Analysis;
using AnnualReport.Model;
using Markdig;

namespace AnnualReport.Rendering;

/// <summary>
/// Turns the curated text into HTML: helpers first (live numbers), then Markdown. Raw HTML in the
/// text is never passed through: Markdig's HTML support is switched off, so it shows as text.
/// </summary>
public static class CuratedTextRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static RenderedText Render(CuratedText text, IndicatorCatalogue catalogue, EditionAnalysis analysis, List<Diagnostic> diagnostics)
    {
        var helpers = new TextHelpers(catalogue, analysis);
        string Html(TextBlock block) => Markdown.ToHtml(helpers.Expand(block, diagnostics), Pipeline).Trim();
        return new RenderedText(
            text.Preface is { } preface ? Html(preface) : null,
            text.ThemeIntroductions.ToDictionary(t => t.Key, t => Html(t.Value)),
            text.ThemeSummaries.ToDictionary(t => t.Key, t => Html(t.Value)),
            text.IndicatorComments.ToDictionary(t => t.Key, t => Html(t.Value)));
    }
}
