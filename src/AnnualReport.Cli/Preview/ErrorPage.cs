using System.Net;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli.Preview;

/// <summary>
/// The page the preview shows instead of the publication while it cannot be built: every
/// diagnostic with its file, line and column, as the terminal shows them, in the program's
/// language. It reloads itself, like the publication's pages, when the next build is ready.
/// </summary>
internal static class ErrorPage
{
    public static string Html(IReadOnlyList<Diagnostic> diagnostics, string nonce, long build, string? fault = null)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var title = Messages.Format(fault is null ? "preview.page.title" : "preview.page.fault-title");
        var intro = fault ?? Messages.Format("preview.page.intro", ("found", Messages.Format("count.errors", ("n", errors))));
        var items = string.Concat(diagnostics.OrderByDescending(d => d.Severity == Severity.Error).Select(d => $"<li class=\"{(d.Severity == Severity.Error ? "error" : "warning")}\"><code>{WebUtility.HtmlEncode(d.ToString())}</code></li>\n"));
        var policy = LiveReload.Widen("default-src 'none'; base-uri 'none'; form-action 'none'", nonce);
        return $$"""
            <!DOCTYPE html>
            <html lang="{{UiLanguage.Current}}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{{policy}}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(title)}}</title>
            <style nonce="{{WebUtility.HtmlEncode(nonce)}}">body { font: 16px/1.5 sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2b36; } li { margin: .5rem 0; } li.error code { color: #a4161a; } code { white-space: pre-wrap; }</style>
            </head>
            <body>
            <main>
            <h1>{{WebUtility.HtmlEncode(title)}}</h1>
            <p>{{WebUtility.HtmlEncode(intro)}}</p>
            <ul class="diagnostics">
            {{items}}</ul>
            </main>
            {{LiveReload.Script(nonce, build)}}</body>
            </html>
            """;
    }
}
