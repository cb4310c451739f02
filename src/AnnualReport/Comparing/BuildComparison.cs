namespace AnnualReport.Comparing;

/// <summary>The result of comparing two builds: what was compared, and every change, grouped and in the publication's order.</summary>
public sealed record BuildComparison(BuildSnapshot Old, BuildSnapshot New, IReadOnlyList<BuildChange> Changes)
{
    /// <summary>The theme's title in the newer build (else the older), for headings.</summary>
    public string? ThemeTitle(string? theme) =>
        theme is null ? null : (New.Themes.FirstOrDefault(t => t.Id == theme) ?? Old.Themes.FirstOrDefault(t => t.Id == theme))?.Title ?? theme;

    /// <summary>The indicator's title in the newer build (else the older).</summary>
    public string? IndicatorTitle(string? indicator) =>
        indicator is null ? null : (New.Indicators.FirstOrDefault(i => i.Id == indicator) ?? Old.Indicators.FirstOrDefault(i => i.Id == indicator))?.Title ?? indicator;
}
