using System.Globalization;
using System.Text.RegularExpressions;
using AnnualReport.Analysis;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>
/// The helpers that put computed figures into curated text, so no number is typed by hand:
/// <c>{{value "id" group="g"}}</c> (latest value, or <c>year=2020</c>), <c>{{year "id"}}</c> (latest year;
/// group optional),
/// <c>{{change "id" group="g" years=10}}</c> (size of the change over 1, 5 or 10 years; <c>signed=true</c>
/// adds the sign), <c>{{gap "id" group="g"}}</c> (size of the gap to the reference group) and
/// <c>{{direction "id" group="g"}}</c>. <c>breakdown=</c> and <c>category=</c> pick a breakdown's
/// series. Illustrative figures carry an asterisk.
/// </summary>
internal sealed partial class TextHelpers(IndicatorCatalogue catalogue, EditionAnalysis analysis)
{
    private static readonly string[] Names = ["value", "year", "change", "gap", "direction"];
    private static readonly string[] Keys = ["group", "breakdown", "category", "years", "year", "signed"];
    private readonly NumberText _numbers = new(catalogue.Edition.Culture);

    /// <summary>The text with every helper replaced; each problem is reported at the helper's position.</summary>
    public string Expand(TextBlock block, List<Diagnostic> diagnostics)
    {
        foreach (Match open in Unmatched().Matches(block.Markdown))
        {
            diagnostics.Add(Diagnostic.Error("text-syntax", "«{{» uten avsluttende «}}» eller med ugyldige argumenter; skriv for eksempel {{value \"sysselsetting\" group=\"innvandrere\"}}", block.At(open.Index)));
        }

        return Helper().Replace(block.Markdown, match =>
        {
            var where = block.At(match.Index);
            var result = Evaluate(match, where, diagnostics, out var change);
            if (change is { } c && result is not null)
            {
                CheckDirectionWords(block, match, c, diagnostics);
            }

            return result ?? match.Value;
        });
    }

    private string? Evaluate(Match match, SourceSpan where, List<Diagnostic> diagnostics, out double? change)
    {
        change = null;
        var name = match.Groups["name"].Value;
        if (!Names.Contains(name))
        {
            diagnostics.Add(Diagnostic.Error("text-unknown-helper", $"ukjent hjelper «{SafeText.Excerpt(name, 20)}»; kjente er: {string.Join(", ", Names)}", where));
            return null;
        }

        var arguments = Arguments().Matches(match.Groups["args"].Value).ToList();
        var positional = arguments.Where(a => !a.Groups["key"].Success).Select(a => a.Groups["value"].Value).ToList();
        var keys = arguments.Where(a => a.Groups["key"].Success).Select(a => a.Groups["key"].Value).ToList();
        if (keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            diagnostics.Add(Diagnostic.Error("text-bad-argument", $"argumentet «{twice.Key}» er gitt mer enn én gang", where));
            return null;
        }

        var named = arguments.Where(a => a.Groups["key"].Success).ToDictionary(a => a.Groups["key"].Value, a => a.Groups["value"].Value, StringComparer.Ordinal);
        var unknownKey = named.Keys.FirstOrDefault(k => !Keys.Contains(k));
        if (positional.Count != 1 || unknownKey is not null)
        {
            diagnostics.Add(Diagnostic.Error("text-bad-argument", unknownKey is not null
                ? $"ukjent argument «{SafeText.Excerpt(unknownKey, 20)}»; kjente er: {string.Join(", ", Keys)}"
                : $"«{name}» tar én indikator-id i anførselstegn, for eksempel {{{{{name} \"sysselsetting\" group=\"innvandrere\"}}}}", where));
            return null;
        }

        if (BadValue(named) is { } bad)
        {
            diagnostics.Add(Diagnostic.Error("text-bad-argument", bad, where));
            return null;
        }

        if (catalogue.Indicators.All(i => i.Id != positional[0]))
        {
            diagnostics.Add(Diagnostic.Error("unknown-indicator", $"ukjent indikator «{SafeText.Excerpt(positional[0])}»", where));
            return null;
        }

        // An indicator whose figures could not be read has its own diagnostics already.
        if (analysis.Indicators.FirstOrDefault(r => r.Indicator.Id == positional[0]) is not { } result)
        {
            return null;
        }

        var indicator = result.Indicator;
        // {{year}} needs no group: the indicator's headline series says which year is the latest.
        var group = named.GetValueOrDefault("group")
            ?? (indicator.Groups.Count == 1 ? indicator.Groups[0] : name == "year" ? ThemeSummariser.Headline(catalogue, result)?.Series.GroupId : null);
        if (group is null || !indicator.Groups.Contains(group))
        {
            diagnostics.Add(Diagnostic.Error("unknown-group", group is null
                ? $"«{indicator.Id}» har flere grupper; oppgi group= ({string.Join(", ", indicator.Groups)})"
                : $"«{indicator.Id}» har ingen gruppe «{group}»; grupper er: {string.Join(", ", indicator.Groups)}", where));
            return null;
        }

        var (breakdown, category) = (named.GetValueOrDefault("breakdown"), named.GetValueOrDefault("category"));
        var series = result.Series.FirstOrDefault(s => s.Series.GroupId == group && s.Series.Breakdown == breakdown && s.Series.Category == category);
        if (series?.Latest is null)
        {
            diagnostics.Add(Diagnostic.Error("text-missing-figure", $"«{indicator.Id}» har ingen tall for {group}{(breakdown is null ? string.Empty : $", {breakdown}={category}")}", where));
            return null;
        }

        string Missing(string field)
        {
            diagnostics.Add(Diagnostic.Error("text-missing-figure", $"{name} for «{indicator.Id}» ({group}) kan ikke beregnes: {series.Why.GetValueOrDefault(field)?.Key ?? "mangler tall"}", where));
            return string.Empty;
        }

        var unit = NumberText.ValueSuffix(indicator.Unit == Unit.Percent ? Unit.PercentagePoints : indicator.Unit);
        switch (name)
        {
            case "value":
                var observation = named.TryGetValue("year", out var y) ? series.Series.Observations.FirstOrDefault(o => o.Year.ToString(CultureInfo.InvariantCulture) == y) : series.Latest;
                return observation?.Value is { } v
                    ? _numbers.Value(v, indicator.Decimals) + NumberText.ValueSuffix(indicator.Unit) + (observation.Provenance == Provenance.Illustrative ? "\\*" : string.Empty)
                    : Missing("latest");
            case "year":
                return series.Latest.Year.ToString(CultureInfo.InvariantCulture);
            case "change":
                var years = named.GetValueOrDefault("years", "1");
                var (value, field) = years switch { "1" => (series.Change1, "change1"), "5" => (series.Change5, "change5"), "10" => (series.Change10, "change10"), _ => (double.NaN, "years") };
                if (double.IsNaN(value ?? 0))
                {
                    diagnostics.Add(Diagnostic.Error("text-bad-argument", $"years={SafeText.Excerpt(years, 20)}: endring finnes for years=1, 5 eller 10", where));
                    return null;
                }

                if (value is not { } delta)
                {
                    return Missing(field);
                }

                change = delta;
                return (named.GetValueOrDefault("signed") == "true" ? _numbers.Change(delta, indicator.Decimals) : _numbers.Value(Math.Abs(delta), indicator.Decimals)) + unit;
            case "gap":
                return series.Gap is { } gap ? _numbers.Value(Math.Abs(gap), indicator.Decimals) + unit : Missing("gap");
            default:
                return series.Direction is { } direction ? DirectionRule.Norwegian(direction) : Missing("direction");
        }
    }

    /// <summary>Why an argument's value has the wrong form, or null: a year is four digits, signed is true or false.</summary>
    private static string? BadValue(Dictionary<string, string> named) =>
        named.TryGetValue("year", out var year) && !(year.Length == 4 && year.All(char.IsAsciiDigit))
            ? $"year={SafeText.Excerpt(year, 20)}: oppgi et årstall med fire sifre, for eksempel year=2020"
            : named.TryGetValue("signed", out var signed) && signed is not ("true" or "false")
                ? $"signed={SafeText.Excerpt(signed, 20)}: oppgi signed=true eller signed=false"
                : null;

    /// <summary>
    /// Warns when the sentence around a change says "rose" while the figure fell, or the other way
    /// round: a text written for last year's figures that no longer fits.
    /// </summary>
    private static void CheckDirectionWords(TextBlock block, Match match, double change, List<Diagnostic> diagnostics)
    {
        var text = block.Markdown;
        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(match.Index - 1, 0)) + 1;
        var end = text.IndexOfAny(['.', '!', '?', '\n'], match.Index + match.Length);
        var sentence = text[start..(end < 0 ? text.Length : end)].ToLowerInvariant();
        var up = Up().IsMatch(sentence);
        var down = Down().IsMatch(sentence);
        if (up == down || Math.Abs(change) < 1e-9)
        {
            return;
        }

        if ((up && change < 0) || (down && change > 0))
        {
            var said = up ? "en økning" : "en nedgang";
            var figure = change > 0 ? "økte" : "gikk ned";
            diagnostics.Add(Diagnostic.Warning("text-direction", $"teksten beskriver {said}, men tallet {figure}; les setningen på nytt", block.At(match.Index)));
        }
    }

    // No argument may hold a brace, so a match attempt never runs past the next «{»: text with
    // thousands of unclosed «{{» is checked in linear time, not quadratic.
    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z]+)(?<args>(?:\s+(?:""[^""{}]*""|[A-Za-z]+=(?:""[^""{}]*""|[^\s{}""]+)))*)\s*\}\}")]
    private static partial Regex Helper();

    [GeneratedRegex(@"\{\{(?!\s*[A-Za-z]+(?:\s+(?:""[^""{}]*""|[A-Za-z]+=(?:""[^""{}]*""|[^\s{}""]+)))*\s*\}\})")]
    private static partial Regex Unmatched();

    [GeneratedRegex(@"(?:(?<key>[A-Za-z]+)=)?(?:""(?<value>[^""]*)""|(?<value>[^\s""]+))")]
    private static partial Regex Arguments();

    [GeneratedRegex(@"\b(økte|økt|økning|økende|steg|stigning|vokste|høyere|flere)\b")]
    private static partial Regex Up();

    [GeneratedRegex(@"(gikk ned|\b(sank|falt|nedgang|redusert|reduksjon|lavere|færre|synkende)\b)")]
    private static partial Regex Down();
}
