using AnnualReport.Analysis;
using AnnualReport.Data;

namespace AnnualReport.Localization;

/// <summary>
/// Why a figure is missing, in words: the phrase <c>analysis.reasons.&lt;key&gt;</c> filled with the
/// reason's arguments. A <c>symbol</c> argument also brings its meaning (<c>{meaning}</c>) from
/// <c>symbols.&lt;name&gt;</c>, so "(: vises ikke …)" reads the same as the symbol legend.
/// </summary>
public static class ReasonText
{
    public static string For(Reason reason, PhraseBook phrases)
    {
        var arguments = reason.Arguments.Select(a => (a.Key, (object?)a.Value)).ToList();
        if (reason.Arguments.TryGetValue("symbol", out var symbol) && symbol is string s)
        {
            var meaning = StatusSymbols.Key(s) is { } key ? phrases.Get($"symbols.{key}").ToLower(phrases.Culture) : s;
            arguments.Add(("meaning", meaning));
        }

        return phrases.Get($"analysis.reasons.{reason.Key}", arguments.ToArray());
    }
}
