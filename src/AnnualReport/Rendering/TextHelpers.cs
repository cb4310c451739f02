using System.Globalization;
using System.Text.RegularExpressions;
using AnnualReport.Analysis;
using AnnualReport.Localization;
using AnnualReport.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AnnualReport.Rendering;

/// <summary>
/// The functions that put computed figures into curated text, so no number is typed by hand,
/// written in Scriban syntax and formatted in the text's language:
/// <c>{{ value "id" group: "g" }}</c> (latest value, or <c>year: 2020</c>), <c>{{ year "id" }}</c>
/// (latest year; group optional), <c>{{ change "id" group: "g" years: 10 }}</c> (size of the change
/// over 1, 5 or 10 years; <c>signed: true</c> adds the sign), <c>{{ gap "id" group: "g" }}</c> (size of
/// the gap to the reference group) and <c>{{ direction "id" group: "g" }}</c>. <c>breakdown:</c> and
/// <c>category:</c> pick a breakdown's series. Illustrative figures carry an asterisk. Nothing else
/// of Scriban is available in the text: no built-in functions, no variables.
/// </summary>
internal sealed partial class TextHelpers(IndicatorCatalogue catalogue, EditionAnalysis analysis, Formats formats, bool draft)
{
    private readonly IndicatorCatalogue _catalogue = catalogue;
    private readonly EditionAnalysis _analysis = analysis;
    private readonly Formats _formats = formats;

    private static readonly string[] Names = ["value", "year", "change", "gap", "direction"];

    /// <summary>The text with every function replaced; each problem is reported at the function's position.</summary>
    public string Expand(TextBlock block, List<Diagnostic> diagnostics)
    {
        var template = Template.Parse(block.Markdown, block.Where.File);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error).Take(1))
            {
                diagnostics.Add(Diagnostic.Error("text-syntax", Messages.Format("text.syntax", ("detail", message.Message)), block.At(Open(block, message.Span.Start.Offset))));
            }

            return block.Markdown;
        }

        if (!Allowed(template, block, diagnostics))
        {
            return block.Markdown;
        }

        var context = new TemplateContext(new ScriptObject())
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedFunctionAccess = false,
            LoopLimit = 1000,
            RecursiveLimit = 10,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        var functions = new ScriptObject();
        var call = new Call(this, block, context, diagnostics);
        functions.Import("value", new Func<string, string?, string?, string?, int?, string>(call.Value));
        functions.Import("year", new Func<string, string?, string?, string?, string>(call.Year));
        functions.Import("change", new Func<string, string?, string?, string?, int, bool, string>(call.Change));
        functions.Import("gap", new Func<string, string?, string?, string?, string>(call.Gap));
        functions.Import("direction", new Func<string, string?, string?, string?, string>(call.Direction));
        context.PushGlobal(functions);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var at = block.At(Open(block, e.Span.Start.Offset));
            var unknown = UnknownName().Match(e.OriginalMessage);
            diagnostics.Add(unknown.Success
                ? Diagnostic.Error("text-unknown-helper", Messages.Format("text.unknown-helper", ("name", SafeText.Excerpt(unknown.Groups[1].Value, 20)), ("known", string.Join(", ", Names))), at)
                : Diagnostic.Error("text-bad-argument", Messages.Format("text.bad-argument", ("detail", SafeText.Excerpt(e.OriginalMessage, 160))), at));
            return block.Markdown;
        }
    }

    /// <summary>One text block's function calls: each finds its series, reports at its own position, and returns the figure as text.</summary>
    private sealed class Call(TextHelpers helpers, TextBlock block, TemplateContext context, List<Diagnostic> diagnostics)
    {
        private Formats Formats => helpers._formats;

        private int Offset => Open(block, context.CurrentNode?.Span.Start.Offset ?? 0);

        private SourceSpan Where => block.At(Offset);

        public string Value(string id, string? group = null, string? breakdown = null, string? category = null, int? year = null)
        {
            if (Find("value", id, group, breakdown, category) is not var (indicator, series))
            {
                return string.Empty;
            }

            if (year is { } y && y is < 1000 or > 9999)
            {
                return Fail("text-bad-argument", Messages.Format("text.bad-year", ("year", y)));
            }

            // A year holds four quarters or twelve months: no one figure is "the value in 2023".
            if (year is not null && indicator.SubAnnual)
            {
                return Fail("text-bad-argument", Messages.Format("text.year-of-periods", ("indicator", indicator.Id), ("frequency", PeriodAxis.Name(indicator.PerYear))));
            }

            var observation = year is { } wanted ? series.Series.Observations.FirstOrDefault(o => o.Year == wanted) : series.Latest;
            return observation?.Value is { } v
                ? Formats.Value(v, indicator.Decimals, indicator.Unit) + (observation.Provenance == Provenance.Illustrative ? "\\*" : string.Empty)
                : Missing("value", indicator, series, "latest");
        }

        public string Year(string id, string? group = null, string? breakdown = null, string? category = null) =>
            Find("year", id, group, breakdown, category) is var (indicator, series) ? Formats.When(series.Latest!.Year, indicator.PerYear) : string.Empty;

        public string Change(string id, string? group = null, string? breakdown = null, string? category = null, int years = 1, bool signed = false)
        {
            if (Find("change", id, group, breakdown, category) is not var (indicator, series))
            {
                return string.Empty;
            }

            var (value, field) = years switch { 1 => (series.Change1, "change1"), 5 => (series.Change5, "change5"), 10 => (series.Change10, "change10"), _ => (double.NaN, "years") };
            if (double.IsNaN(value ?? 0))
            {
                return Fail("text-bad-argument", Messages.Format("text.bad-years", ("years", years)));
            }

            if (value is not { } delta)
            {
                return Missing("change", indicator, series, field);
            }

            helpers.CheckDirectionWords(block, Offset, delta, diagnostics);
            return signed ? Formats.Change(delta, indicator.Decimals, indicator.Unit) : Formats.Size(delta, indicator.Decimals, indicator.Unit);
        }

        public string Gap(string id, string? group = null, string? breakdown = null, string? category = null) =>
            Find("gap", id, group, breakdown, category) is not var (indicator, series) ? string.Empty
            : series.Gap is { } gap ? Formats.Size(gap, indicator.Decimals, indicator.Unit) : Missing("gap", indicator, series, "gap");

        public string Direction(string id, string? group = null, string? breakdown = null, string? category = null) =>
            Find("direction", id, group, breakdown, category) is not var (indicator, series) ? string.Empty
            : series.Direction is { } direction ? Formats.Phrases.Get($"analysis.directions.{DirectionRule.Name(direction)}") : Missing("direction", indicator, series, "direction");

        private (Indicator Indicator, SeriesResult Series)? Find(string name, string id, string? group, string? breakdown, string? category)
        {
            if (helpers._catalogue.Indicators.All(i => i.Id != id))
            {
                Fail("unknown-indicator", Messages.Format("text.unknown-indicator", ("id", SafeText.Excerpt(id))));
                return null;
            }

            // An indicator whose figures could not be read has its own diagnostics already.
            if (helpers._analysis.Indicators.FirstOrDefault(r => r.Indicator.Id == id) is not { } result)
            {
                return null;
            }

            var indicator = result.Indicator;
            // year needs no group: the indicator's headline series says which year is the latest.
            group ??= indicator.Groups.Count == 1 ? indicator.Groups[0] : name == "year" ? ThemeSummariser.Headline(helpers._catalogue, result)?.Series.GroupId : null;
            if (group is null || !indicator.Groups.Contains(group))
            {
                Fail("unknown-group", group is null
                    ? Messages.Format("text.group-needed", ("id", indicator.Id), ("groups", string.Join(", ", indicator.Groups)))
                    : Messages.Format("text.unknown-group", ("id", indicator.Id), ("group", SafeText.Excerpt(group)), ("groups", string.Join(", ", indicator.Groups))));
                return null;
            }

            var series = result.Series.FirstOrDefault(s => s.Series.GroupId == group && s.Series.Breakdown == breakdown && s.Series.Category == category);
            if (series?.Latest is null)
            {
                Fail("text-missing-figure", Messages.Format("text.no-figures", ("id", indicator.Id), ("series", breakdown is null ? group : $"{group}, {breakdown}={category}")));
                return null;
            }

            return (indicator, series);
        }

        private string Missing(string name, Indicator indicator, SeriesResult series, string field) =>
            Fail("text-missing-figure", Messages.Format("text.cannot-compute", ("name", name), ("id", indicator.Id), ("group", series.Series.GroupId),
                ("reason", ReasonText.For(series.Why.GetValueOrDefault(field) ?? Reason.Of("no-figures"), Formats.Phrases, indicator.PerYear))));

        private string Fail(string code, string message)
        {
            diagnostics.Add(Diagnostic.Error(code, message, Where));
            return string.Empty;
        }
    }

    /// <summary>The <c>{{</c> that opens the code at an offset: where a mistake inside it is reported.</summary>
    private static int Open(TextBlock block, int offset)
    {
        offset = Math.Clamp(offset, 0, block.Markdown.Length);
        var open = block.Markdown.LastIndexOf("{{", Math.Max(offset - 1, 0), StringComparison.Ordinal);
        return open >= 0 && offset - open < 2000 ? open : offset;
    }

    /// <summary>The arguments each function takes by name.</summary>
    private static readonly Dictionary<string, string[]> Named = new(StringComparer.Ordinal)
    {
        ["value"] = ["group", "breakdown", "category", "year"],
        ["year"] = ["group", "breakdown", "category"],
        ["change"] = ["group", "breakdown", "category", "years", "signed"],
        ["gap"] = ["group", "breakdown", "category"],
        ["direction"] = ["group", "breakdown", "category"],
    };

    /// <summary>
    /// Curated text may only call the five functions, each with one indicator id and named
    /// arguments whose values are written out (a text, a number, true or false): no variables,
    /// no other Scriban statements, no argument twice. Every call that breaks this is reported at its <c>{{</c>.
    /// </summary>
    private static bool Allowed(Template template, TextBlock block, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        void Bad(string code, int offset, string message) => diagnostics.Add(Diagnostic.Error(code, message, block.At(Open(block, offset))));
        var statements = template.Page?.Body?.Statements ?? [];
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            switch (statement)
            {
                case ScriptRawStatement:
                    continue;
                case ScriptEscapeStatement when i + 1 < statements.Count && statements[i + 1] is ScriptEscapeStatement && i > 0 && statements[i - 1] is not ScriptEscapeStatement:
                    Bad("text-syntax", statement.Span.Start.Offset + 2, Messages.Format("text.empty"));
                    continue;
                case ScriptEscapeStatement:
                    continue;
                case ScriptExpressionStatement { Expression: ScriptFunctionCall { Target: ScriptVariableGlobal target } call } when Named.TryGetValue(target.Name, out var names):
                    var positional = call.Arguments.Count(a => a is not ScriptNamedArgument);
                    if (positional != 1 || call.Arguments[0] is not ScriptLiteral { Value: string })
                    {
                        Bad("text-bad-argument", statement.Span.Start.Offset, Messages.Format("text.one-id", ("name", target.Name)));
                        continue;
                    }

                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var argument in call.Arguments.OfType<ScriptNamedArgument>())
                    {
                        var name = argument.Name?.Name ?? string.Empty;
                        if (!names.Contains(name))
                        {
                            Bad("text-bad-argument", statement.Span.Start.Offset, Messages.Format("text.unknown-argument", ("argument", SafeText.Excerpt(name, 20)), ("name", target.Name), ("known", string.Join(", ", names))));
                        }
                        else if (!seen.Add(name))
                        {
                            Bad("text-bad-argument", statement.Span.Start.Offset, Messages.Format("text.argument-twice", ("argument", name)));
                        }
                        else if (argument.Value is not ScriptLiteral { Value: string or int or long or bool })
                        {
                            Bad("text-bad-argument", statement.Span.Start.Offset, Messages.Format("text.argument-value", ("argument", name)));
                        }
                    }

                    continue;
                case ScriptExpressionStatement { Expression: ScriptFunctionCall { Target: ScriptVariableGlobal unknown } }:
                    Bad("text-unknown-helper", statement.Span.Start.Offset, Messages.Format("text.unknown-helper", ("name", SafeText.Excerpt(unknown.Name, 20)), ("known", string.Join(", ", Names))));
                    continue;
                case ScriptExpressionStatement { Expression: ScriptVariableGlobal variable } when Named.ContainsKey(variable.Name):
                    Bad("text-bad-argument", statement.Span.Start.Offset, Messages.Format("text.one-id", ("name", variable.Name)));
                    continue;
                default:
                    Bad("text-syntax", statement.Span.Start.Offset, Messages.Format("text.only-functions", ("known", string.Join(", ", Names))));
                    continue;
            }
        }

        return diagnostics.Count == before;
    }

    /// <summary>
    /// Warns when the sentence around a change says "rose" while the figure fell, or the other way
    /// round: a text written for last year's figures that no longer fits. The words are the phrase
    /// book's (<c>text.rising</c>, <c>text.falling</c>: alternatives separated by <c>|</c>).
    /// </summary>
    private void CheckDirectionWords(TextBlock block, int offset, double change, List<Diagnostic> diagnostics)
    {
        var text = block.Markdown;
        var start = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(offset - 1, 0)) + 1;
        var end = text.IndexOfAny(['.', '!', '?', '\n'], Math.Min(offset + 2, text.Length));
        var sentence = text[start..(end < 0 ? text.Length : end)].ToLower(_formats.Culture);
        var up = Words("text.rising").IsMatch(sentence);
        var down = Words("text.falling").IsMatch(sentence);
        if (up == down || Math.Abs(change) < 1e-9)
        {
            return;
        }

        if ((up && change < 0) || (down && change > 0))
        {
            // A published sentence must not contradict its figure: an error in a final build, a warning in a draft.
            var message = Messages.Format(up ? "text.direction-said-up" : "text.direction-said-down");
            diagnostics.Add(draft ? Diagnostic.Warning("text-direction", message, block.At(offset)) : Diagnostic.Error("text-direction", message, block.At(offset)));
            if (draft)
            {
                Contradictions.Add((block, up));
            }
        }
    }

    /// <summary>In a draft, each block whose sentence contradicts its figure, and what it said: the page marks them.</summary>
    public List<(TextBlock Block, bool SaidUp)> Contradictions { get; } = [];

    private readonly Dictionary<string, Regex> _words = [];

    private Regex Words(string key)
    {
        if (!_words.TryGetValue(key, out var regex))
        {
            var alternatives = _formats.Phrases.Get(key).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
            regex = new Regex($@"(?<!\w)({string.Join("|", alternatives)})(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            _words[key] = regex;
        }

        return regex;
    }

    [GeneratedRegex("`([^`]+)` was not found")]
    private static partial Regex UnknownName();
}
