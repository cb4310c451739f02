namespace AnnualReport.Comparing;

/// <summary>
/// The changes that can cause others: indicators and themes added or removed, and changed,
/// added or removed figures. A derived change (a trend, a generated sentence, a chart) is listed
/// under the most likely cause: the same series first, then the same indicator, then the theme.
/// </summary>
internal sealed class ChangeCauses
{
    private readonly Dictionary<string, BuildChange> _indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BuildChange> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BuildChange> _moves = new(StringComparer.Ordinal);
    private readonly List<(SeriesKey Key, int Year, BuildChange Change)> _figures = [];
    private readonly Dictionary<BuildChange, List<BuildChange>> _derived = new(ReferenceEqualityComparer.Instance);
    private readonly Func<string, string?> _themeOf;

    public ChangeCauses(Func<string, string?> themeOf) => _themeOf = themeOf;

    public void AddIndicator(string indicator, BuildChange change) => _indicators[indicator] = change;

    public void AddTheme(string theme, BuildChange change) => _themes[theme] = change;

    /// <summary>An indicator moved to another theme: its text leaves one page for another.</summary>
    public void AddMove(string indicator, BuildChange change) => _moves[indicator] = change;

    public BuildChange? ForMove(string? indicator) =>
        indicator is not null && _moves.TryGetValue(indicator, out var change) ? change : null;

    public void AddFigure(SeriesKey key, int year, BuildChange change) => _figures.Add((key, year, change));

    public bool IndicatorChanged(string indicator) => _indicators.ContainsKey(indicator);

    public BuildChange? ForIndicatorWhole(string? indicator) =>
        indicator is not null && _indicators.TryGetValue(indicator, out var change) ? change : null;

    public BuildChange? ForSeries(SeriesKey key) =>
        ForIndicatorWhole(key.Indicator)
        ?? Latest(f => f.Key == key)
        ?? Latest(f => f.Key.Indicator == key.Indicator && f.Key.Breakdown == key.Breakdown && f.Key.Category == key.Category)
        ?? Latest(f => f.Key.Indicator == key.Indicator);

    public BuildChange? ForIndicator(string? indicator) =>
        indicator is null ? null : ForIndicatorWhole(indicator) ?? Latest(f => f.Key.Indicator == indicator);

    public BuildChange? ForTheme(string? theme) =>
        theme is null ? null
        : _themes.TryGetValue(theme, out var change) ? change
        : _indicators.FirstOrDefault(i => _themeOf(i.Key) == theme).Value ?? Latest(f => _themeOf(f.Key.Indicator) == theme);

    public BuildChange? Any() => _indicators.Values.FirstOrDefault() ?? Latest(_ => true);

    public bool HasFigures => _figures.Count > 0 || _indicators.Count > 0;

    /// <summary>Lists <paramref name="derived"/> under <paramref name="cause"/>.</summary>
    public void Attach(BuildChange cause, BuildChange derived)
    {
        if (!_derived.TryGetValue(cause, out var list))
        {
            _derived[cause] = list = [];
        }

        list.Add(derived);
    }

    /// <summary>Whether every run of <paramref name="words"/> also changed, the same way, in a text already listed under <paramref name="cause"/>.</summary>
    public bool SameWordsUnder(BuildChange cause, IReadOnlyList<WordChange> words)
    {
        static string Bare(string text) => text.Trim('.', ',', ';', ':', '!', '?', '(', ')', '«', '»', '"');
        var under = _derived.TryGetValue(cause, out var list) ? list.SelectMany(d => d.Words).Select(w => (Bare(w.Old), Bare(w.New))).ToHashSet() : [];
        return words.Count > 0 && words.All(w => under.Contains((Bare(w.Old), Bare(w.New))));
    }

    /// <summary>The cause with the derived changes listed under it.</summary>
    public BuildChange WithDerived(BuildChange cause) =>
        _derived.TryGetValue(cause, out var list) ? cause with { Derived = [.. cause.Derived, .. list] } : cause;

    // The figure of the latest year moves the most derived figures (the last change, the trend).
    private BuildChange? Latest(Func<(SeriesKey Key, int Year, BuildChange Change), bool> where) =>
        _figures.Where(where).OrderByDescending(f => f.Year).Select(f => f.Change).FirstOrDefault();
}
