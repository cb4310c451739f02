namespace AnnualReport.Rendering;

// The template model carries data, not prose: titles and labels from the catalogue, figures as
// numbers with their decimals and unit, choices as keys. The templates word and format them
// with the phrase book and the culture of the page's language. Members are snake_case in
// templates (Scriban's convention): PageTitle is page.page_title.

/// <summary>
/// What every page knows: the edition, the navigation, its own place in it and the other
/// language versions. The page's own content is rendered separately and placed in the layout as <c>body</c>.
/// </summary>
/// <param name="Home">The front page of this language version.</param>
/// <param name="PdfFile">The publication's PDF, when there is one.</param>
/// <param name="Spreadsheet">The workbook with every figure, when there is one.</param>
/// <param name="NavLabel">What the navigation is called for a screen reader ("Kapitler", "Kommunetall").</param>
/// <param name="Languages">Every language version of this page, this one marked current; empty for one language.</param>
/// <param name="Untranslated">How many texts of this language a draft shows in the main language, missing their translation.</param>
/// <param name="PrintStyle">The print document's named pages (CSS), empty on web pages.</param>
public sealed record PageView(
    string Lang,
    string PageTitle,
    string SiteTitle,
    string Subtitle,
    string Publisher,
    int Year,
    string Home,
    string? PdfFile,
    string? Spreadsheet,
    bool Print,
    string NavLabel,
    IReadOnlyList<NavItemView> Nav,
    IReadOnlyList<LanguageLinkView> Languages,
    TrustedHtml PrintStyle,
    bool Draft,
    string Stamp,
    int Untranslated,
    string ContentSecurityPolicy)
{
    /// <summary>Whether the page takes the list of changes of a draft built with <c>--since</c> (see <c>Drafts.DraftChanges</c>).</summary>
    public bool Changes { get; init; }

    /// <summary>
    /// The page loads the shipped explore script (<c>assets/explore.js</c>): the publication's web
    /// pages only, never the print document or a page printed to PDF; its policy then allows
    /// scripts from the site itself.
    /// </summary>
    public bool Explore { get; init; }
}

/// <summary>A link to the same page in another language version, named in its own language.</summary>
public sealed record LanguageLinkView(string Lang, string Name, string Href, bool Current);
