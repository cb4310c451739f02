using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Catalogue;

/// <summary>
/// Ids that would name the same file or anchor: the same id twice, ids that differ only in case
/// (one file on Windows and macOS, where file names ignore case), and a theme and an indicator sharing an id (both are anchors in
/// <c>print.html</c>).
/// </summary>
internal static class IdCollisions
{
    /// <param name="fileNames">Whether the ids become file names, so that case alone must not tell them apart.</param>
    public static void Check(IEnumerable<(string Id, SourceSpan Where)> items, string kind, bool fileNames, List<Diagnostic> diagnostics)
    {
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var folded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, where) in items.Where(i => i.Id.Length > 0))
        {
            if (!exact.Add(id))
            {
                diagnostics.Add(Diagnostic.Error("duplicate-id", Messages.Format("catalogue.duplicate-id", ("what", Messages.Format($"catalogue.noun.{kind}")), ("id", SafeText.Excerpt(id))), where));
            }
            else if (fileNames && !folded.TryAdd(id, id))
            {
                diagnostics.Add(Diagnostic.Error("unsafe-name", Messages.Format("catalogue.case-twin", ("what", Messages.Format($"catalogue.noun.{kind}")), ("id", SafeText.Excerpt(id)), ("other", SafeText.Excerpt(folded[id]))), where));
            }
        }
    }

    /// <summary>A theme and an indicator may not share an id: both are anchors in <c>print.html</c>.</summary>
    public static void CheckAnchors(IReadOnlyList<Theme> themes, IReadOnlyList<Indicator> indicators, List<Diagnostic> diagnostics)
    {
        var themeIds = themes.Select(t => t.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in indicators.Where(i => themeIds.Contains(i.Id)))
        {
            diagnostics.Add(Diagnostic.Error("unsafe-name", Messages.Format("catalogue.indicator-theme-id", ("id", SafeText.Excerpt(indicator.Id))), indicator.Where));
        }
    }
}
