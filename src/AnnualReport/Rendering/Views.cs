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
    ThemeView? Theme);

/// <summary>A link in the navigation; <see cref="Current"/> marks the page being shown.</summary>
public sealed record NavItemView(string Href, string Title, bool Current);

/// <summary>A theme area (chapter) with its indicators.</summary>
public sealed record ThemeView(string Id, string Title, string Intro, string Href, IReadOnlyList<IndicatorView> Indicators);

/// <summary>One indicator section: chart, key figures, data table and source.</summary>
public sealed record IndicatorView(
    string Id,
    string Title,
    string Definition,
    string Chart,
    string UnitText,
    IReadOnlyList<GroupFigureView> Figures,
    TableView Table,
    string SourceName,
    string? SourceTable,
    string? SourceUrl,
    bool Illustrative,
    string? Notes);

/// <summary>The latest figure of one group and how it changed.</summary>
public sealed record GroupFigureView(string Group, string Latest, string LatestYear, string Change, string ChangeLabel, string? Gap);

/// <summary>A headline figure on the front page.</summary>
public sealed record KeyFigureView(string Indicator, string Href, string Group, string Latest, string LatestYear, string Change, string ChangeLabel);

/// <summary>The data table behind a chart: one row per year, one column per group.</summary>
public sealed record TableView(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<TableRowView> Rows);

/// <summary>A table row: the year as row header, then one formatted cell per column.</summary>
public sealed record TableRowView(string Header, IReadOnlyList<string> Cells);
