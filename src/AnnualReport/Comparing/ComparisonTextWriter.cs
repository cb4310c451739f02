using System.Globalization;
using System.Text;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Comparing;

/// <summary>The terminal summary of <c>annual-report compare</c>, in the program's language (the message catalogue).</summary>
public static class ComparisonTextWriter
{
    /// <summary>How many derived changes are listed under a cause before the rest are counted.</summary>
    private const int DerivedShown = 8;

    public static string Write(BuildComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var words = new ChangeText((key, args) => Messages.Format("compare.report." + key, args), CultureInfo.GetCultureInfo(UiLanguage.Current == "en" ? "en-GB" : "nb-NO"));
        var text = new StringBuilder();
        text.AppendLine(Messages.Format("compare.report.heading", ("old", comparison.Old.Folder), ("new", comparison.New.Folder), ("language", comparison.New.Language)));
        if (comparison.Old.Stamp != comparison.New.Stamp)
        {
            text.AppendLine(Messages.Format("compare.report.stamps", ("old", comparison.Old.Stamp ?? "–"), ("new", comparison.New.Stamp ?? "–")));
        }

        if (comparison.Changes.Count == 0)
        {
            text.AppendLine(Messages.Format("compare.report.none"));
            return SafeText.Printable(text.ToString());
        }

        text.AppendLine(Messages.Format("compare.report.count", ("n", comparison.Changes.Count), ("derived", comparison.Changes.Sum(c => c.Derived.Count))));
        string? theme = null;
        string? indicator = null;
        var first = true;
        foreach (var change in comparison.Changes)
        {
            if (first || change.Where.Theme != theme)
            {
                first = false;
                theme = change.Where.Theme;
                indicator = null;
                text.AppendLine();
                text.AppendLine(theme is null ? Messages.Format("compare.report.general") : comparison.ThemeTitle(theme));
            }

            if (change.Where.Indicator != indicator)
            {
                indicator = change.Where.Indicator;
                if (indicator is not null)
                {
                    text.AppendLine("  " + comparison.IndicatorTitle(indicator));
                }
            }

            Line(text, words, change, "    ");
            foreach (var derived in change.Derived.Take(DerivedShown))
            {
                Line(text, words, derived, "        ");
            }

            if (change.Derived.Count > DerivedShown)
            {
                text.AppendLine("        " + Messages.Format("compare.report.more", ("n", change.Derived.Count - DerivedShown)));
            }
        }

        return SafeText.Printable(text.ToString());
    }

    private static void Line(StringBuilder text, ChangeText words, BuildChange change, string indent)
    {
        var where = words.Where(change);
        var head = where.Length == 0 ? words.Kind(change) : $"{words.Kind(change)} ({where})";
        string body;
        if (ChangeText.ReadsTheSame(change))
        {
            text.AppendLine(indent + head);
            return;
        }

        if (change.Words.Count > 0)
        {
            body = string.Join("; ", change.Words.Select(w => Messages.Format("compare.report.words", ("old", w.Old), ("new", w.New))));
        }
        else
        {
            var old = words.Value(change.Old, 80);
            var @new = words.Value(change.New, 80);
            body = old is null ? @new ?? string.Empty : @new is null ? old : Messages.Format("compare.report.values", ("old", old), ("new", @new));
        }

        text.AppendLine($"{indent}{head}: {body.Replace('\n', ' ')}");
    }
}
