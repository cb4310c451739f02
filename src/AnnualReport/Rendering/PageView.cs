namespace AnnualReport.Rendering;

// The template model: everything a template shows is already formatted here, so templates hold
// no logic beyond loops and conditions. Property names are the names used in templates/.

/// <summary>What every page knows: the edition, the navigation and its own place in it.</summary>
public sealed record PageView(
    string Lang,
    string PageTitle,
    string SiteTitle,
    string Subtitle,
    string Publisher,
    int Year,
    string PdfFile,
    bool Print,
    IReadOnlyList<NavItemView> Nav,
    IReadOnlyList<ThemeView> Themes,
    IReadOnlyList<KeyFigureView> KeyFigures,
    ThemeView? Theme,
    MethodView Method,
    IReadOnlyList<TocEntryView> Toc,
    string PrintStyle,
    bool Draft,
    string Stamp,
    string? Preface,
    string ContentSecurityPolicy);
