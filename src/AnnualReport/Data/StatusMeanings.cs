namespace AnnualReport.Data;

/// <summary>
/// What a status symbol or flag can mean, one name each (the phrase-book key <c>symbols.&lt;name&gt;</c>).
/// A <em>missing</em> meaning stands for a figure that is not published: it becomes the cell's
/// status, shown as SSB's symbol for it. A <em>flag</em> meaning qualifies a figure that is
/// published: the figure keeps its value and carries the flag, shown with a mark and a footnote.
/// </summary>
public static class StatusMeanings
{
    public const string NotAvailable = "not-available";
    public const string TooUncertain = "too-uncertain";
    public const string Confidential = "confidential";
    public const string NotApplicable = "not-applicable";
    public const string Nil = "nil";
    public const string Provisional = "provisional";
    public const string Estimated = "estimated";
    public const string Forecast = "forecast";
    public const string Revised = "revised";
    public const string Break = "break";
    public const string LowReliability = "low-reliability";
    public const string DefinitionDiffers = "definition-differs";
    public const string NotSignificant = "not-significant";

    /// <summary>Missing meanings and the SSB symbol the publication shows for each (ssb.no, "Standardtegn i tabeller": <c>..</c> is "not available or too uncertain").</summary>
    private static readonly Dictionary<string, string> MissingSymbols = new(StringComparer.Ordinal)
    {
        [Confidential] = StatusSymbols.Confidential,
        [NotAvailable] = StatusSymbols.NotAvailable,
        [TooUncertain] = StatusSymbols.NotAvailable,
        [NotApplicable] = StatusSymbols.NotApplicable,
        [Nil] = StatusSymbols.Nil,
    };

    /// <summary>Flag meanings in the order their footnotes are listed.</summary>
    public static IReadOnlyList<string> Flags { get; } = [Provisional, Estimated, Forecast, Revised, Break, LowReliability, DefinitionDiffers, NotSignificant];

    /// <summary>Every meaning, missing ones first (confidential first: it outranks the others on one cell).</summary>
    public static IReadOnlyList<string> All { get; } = [.. MissingSymbols.Keys, .. Flags];

    /// <summary>The flag meanings published figures carry, in the order of <see cref="Flags"/>: what the method page and the downloads explain.</summary>
    public static IReadOnlyList<string> Used(IEnumerable<Model.IndicatorData> data) =>
        InOrder(data.SelectMany(d => d.Series).SelectMany(s => s.Observations).SelectMany(o => o.PublishedFlags));

    /// <summary>Flag meanings, each once, in the order of <see cref="Flags"/> (the order marks, notes and lists follow).</summary>
    public static IReadOnlyList<string> InOrder(IEnumerable<string> flags)
    {
        var set = flags.ToHashSet(StringComparer.Ordinal);
        return [.. Flags.Where(set.Contains)];
    }

    public static bool IsKnown(string meaning) => All.Contains(meaning, StringComparer.Ordinal);

    /// <summary>True for a meaning that leaves the figure unpublished.</summary>
    public static bool IsMissing(string meaning) => MissingSymbols.ContainsKey(meaning);

    /// <summary>The SSB symbol shown for a missing meaning.</summary>
    public static string Symbol(string meaning) => MissingSymbols[meaning];
}
