using AnnualReport.Model;

namespace AnnualReport.Localization;

/// <summary>
/// How a published figure's flags are written: each flag meaning has a mark
/// (<c>symbols.marks.&lt;meaning&gt;</c>, Eurostat's letter in the shipped phrase books) written
/// after the figure, and a text (<c>symbols.&lt;meaning&gt;</c>) in the footnote that explains it.
/// </summary>
public static class FlagText
{
    /// <summary>The marks of a figure's flags, run together as Eurostat writes them ("ep"); empty without flags.</summary>
    public static string Marks(PhraseBook phrases, IEnumerable<string> flags) =>
        string.Concat(flags.Select(f => phrases.Get($"symbols.marks.{f}")));

    /// <summary>A figure as text with its marks after a space: "61,2 p".</summary>
    public static string WithMarks(PhraseBook phrases, string figure, IReadOnlyList<string> flags) =>
        flags.Count == 0 ? figure : $"{figure} {Marks(phrases, flags)}";

    /// <summary>The note of a series break: the catalogue's, or for a break the source flags, the phrase book's.</summary>
    public static string BreakNote(PhraseBook phrases, SeriesBreak seriesBreak) =>
        seriesBreak.Flagged ? phrases.Get("symbols.flagged-break") : seriesBreak.Note;
}
