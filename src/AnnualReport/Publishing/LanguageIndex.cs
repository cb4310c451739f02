using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AnnualReport.Rendering;

namespace AnnualReport.Publishing;

/// <summary>
/// The output folder's own <c>index.html</c>: the edition's title and a link to each language
/// version, each named in its own language and marked with <c>lang</c> and <c>hreflang</c>. No
/// script; the site's style sheet and Content-Security-Policy, like every other page.
/// </summary>
public static class LanguageIndex
{
    public const string FileName = "index.html";

    // Letters such as å stay letters; markup characters and quotes are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <param name="languages">The language folders present in <paramref name="folder"/>, the main language first, each with its name in its own words.</param>
    public static Task WriteAsync(string folder, string title, IReadOnlyList<(string Code, string Name)> languages, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(Path.Combine(folder, FileName), Html(title, languages), cancellationToken);

    /// <param name="title">The edition's title in the main language, the language of the page.</param>
    public static string Html(string title, IReadOnlyList<(string Code, string Name)> languages)
    {
        static string E(string text) => Encoder.Encode(text);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n")
            .Append($"<html lang=\"{E(languages[0].Code)}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy.For(null)}\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{E(title)}</title>\n")
            .Append($"<link rel=\"stylesheet\" href=\"{E(languages[0].Code)}/assets/site.css\">\n</head>\n<body>\n<main id=\"main\">\n")
            .Append($"<h1>{E(title)}</h1>\n<ul>\n");
        foreach (var (code, name) in languages)
        {
            html.Append($"<li><a href=\"{E(code)}/index.html\" hreflang=\"{E(code)}\" lang=\"{E(code)}\">{E(name)}</a></li>\n");
        }

        return html.Append("</ul>\n</main>\n</body>\n</html>\n").ToString();
    }
}
