namespace AnnualReport.Comparing;

/// <summary>The kinds of change a comparison reports, as written in <c>--json</c> (<c>kind</c>).</summary>
public static class ChangeKind
{
    public const string FigureChanged = "figure-changed";
    public const string FigureAdded = "figure-added";
    public const string FigureRemoved = "figure-removed";
    public const string DerivedChanged = "derived-changed";
    public const string TextChanged = "text-changed";
    public const string TextAdded = "text-added";
    public const string TextRemoved = "text-removed";
    public const string SourceChanged = "source-changed";
    public const string NoteChanged = "note-changed";
    public const string ChartChanged = "chart-changed";
    public const string ChartDataChanged = "chart-data-changed";
    public const string IndicatorAdded = "indicator-added";
    public const string IndicatorRemoved = "indicator-removed";
    public const string IndicatorMoved = "indicator-moved";
    public const string ThemeAdded = "theme-added";
    public const string ThemeRemoved = "theme-removed";
    public const string ThemeMoved = "theme-moved";

    /// <summary>Every kind, in the order a report lists them within an indicator.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ThemeAdded, ThemeRemoved, ThemeMoved, IndicatorAdded, IndicatorRemoved, IndicatorMoved,
        FigureChanged, FigureAdded, FigureRemoved, DerivedChanged, TextChanged, TextAdded, TextRemoved,
        SourceChanged, NoteChanged, ChartChanged, ChartDataChanged,
    ];
}
