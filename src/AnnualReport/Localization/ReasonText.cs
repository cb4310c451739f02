using AnnualReport.Analysis;

namespace AnnualReport.Localization;

/// <summary>Why a figure is missing, in words: the phrase <c>analysis.reasons.&lt;key&gt;</c> with its arguments; a status symbol also gets its meaning.</summary>
public static class ReasonText
{
    /// <param name="perYear">Periods per year of the indicator: a year argument of one published by quarter or month is a place on its <see cref="Model.PeriodAxis"/>.</param>
    public static string For(Reason reason, PhraseBook phrases, int perYear = 1)
    {
        var formats = new Formats(phrases);
        var arguments = reason.Arguments.Select(a => (a.Key, a.Key == "year" && a.Value is int place && perYear > 1 ? formats.When(place, perYear) : (object?)a.Value)).ToList();
        if (reason.Arguments.TryGetValue("symbol", out var symbol) && symbol is string s)
        {
            var meaning = phrases.Get($"symbols.{Data.StatusSymbols.Key(s)}");
            arguments.Add(("meaning", meaning.Length > 0 ? char.ToLower(meaning[0], phrases.Culture) + meaning[1..] : meaning));
        }

        return phrases.Get($"analysis.reasons.{reason.Key}", [.. arguments]);
    }
}
