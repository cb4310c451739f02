using System.Collections;
using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using Scriban;
using Scriban.Runtime;

namespace AnnualReport.Rendering;

/// <summary>
/// The functions templates word and format with, in the page's language (README, "Template
/// functions"): <c>t</c> and <c>md</c> (phrases), <c>number</c>, <c>value</c>, <c>change</c>,
/// <c>size</c>, <c>signed</c>, <c>cell</c>, <c>marks</c>, <c>flag_order</c> (figures), <c>year</c>, <c>period</c>, <c>date</c>
/// (time), <c>list</c>, <c>lower</c>, <c>cap</c> (words), <c>page_file</c> (file names), <c>link</c> and
/// <c>partial</c>.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(TemplateEngine engine)
    {
        var formats = engine.Formats;
        var phrases = engine.Phrases;
        var culture = phrases.Culture;
        var functions = new ScriptObject();

        // Phrase functions take their arguments as one optional object: t 'key' {n: 3}. Scriban
        // reads the defaults from the method, so they are local functions, not lambdas.
        string T(string key, ScriptObject? arguments = null) => phrases.Get(key, Arguments(arguments));
        TrustedHtml Html(string key, ScriptObject? arguments = null) => new(phrases.Get(key, Escaped(arguments, phrases), TemplateContextHtml.Escape));
        TrustedHtml Markdown(string key, ScriptObject? arguments = null) => new(CuratedTextRenderer.ToHtml(T(key, arguments)));
        TrustedHtml MarkdownInline(string key, ScriptObject? arguments = null) => new(Inline(CuratedTextRenderer.ToHtml(T(key, arguments))));

        // t writes HTML: the phrase's own text and text arguments are escaped, trusted HTML (a
        // partial, another t) is placed as it is, so phrases nest without double escaping.
        functions.Import("t", new Func<string, ScriptObject?, TrustedHtml>(Html));
        functions.Import("text", new Func<string, ScriptObject?, string>(T));
        functions.Import("md", new Func<string, ScriptObject?, TrustedHtml>(Markdown));
        functions.Import("md_inline", new Func<string, ScriptObject?, TrustedHtml>(MarkdownInline));
        functions.Import("number", new Func<object, int, string>((value, decimals) => formats.Number(Number(value), decimals)));
        functions.Import("value", new Func<object, int, string, string>((value, decimals, unit) => formats.Value(Number(value), decimals, Unit(unit))));
        functions.Import("change", new Func<object, int, string, string>((value, decimals, unit) => formats.Change(Number(value), decimals, Unit(unit))));
        functions.Import("size", new Func<object, int, string, string>((value, decimals, unit) => formats.Size(Number(value), decimals, Unit(unit))));
        functions.Import("signed", new Func<object, int, string>((value, decimals) => formats.Signed(Number(value), decimals)));
        functions.Import("cell", new Func<object?, string?, int, string>((value, status, decimals) => formats.Cell(value is null ? null : Number(value), status, decimals)));
        functions.Import("figure", new Func<FigureView, string>(figure => Figure(formats, figure)));
        functions.Import("flag_order", new Func<IEnumerable, IReadOnlyList<string>>(FlagOrder));
        functions.Import("marks", new Func<IEnumerable, string>(flags => FlagText.Marks(phrases, flags.Cast<object?>().OfType<string>())));
        functions.Import("reason", new Func<ReasonView, string>(why => ReasonText.For(why.Reason, phrases, why.PerYear)));
        functions.Import("unit_title", new Func<string, string>(unit => formats.UnitTitle(Unit(unit))));
        // A year as a number, or a period the view has already written ("2. kv. 2024").
        functions.Import("year", new Func<object, string>(year => year is string written ? written : Formats.Year(Convert.ToInt32(year, CultureInfo.InvariantCulture))));
        functions.Import("period", new Func<int, int, string>(Formats.Period));
        functions.Import("date", new Func<string, string>(iso => formats.Date(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture))));
        functions.Import("list", new Func<IEnumerable, TrustedHtml>(items => new TrustedHtml(formats.List([.. items.Cast<object?>().Select(i => i is TrustedHtml html ? html.Html : TemplateContextHtml.Escape(i?.ToString() ?? string.Empty))], TemplateContextHtml.Escape))));
        // A label inside a sentence: lower case, unless the catalogue writes it otherwise there (a country's name).
        functions.Import("lower", new Func<string, string>(text => engine.InSentence.TryGetValue(text, out var written) ? written : text.ToLower(culture)));
        functions.Import("cap", new Func<string, string>(text => text.Length == 0 ? text : char.ToUpper(text[0], culture) + text[1..]));
        functions.Import("page_file", new Func<string, string>(name => PageFiles.Name(phrases, name)));
        TrustedHtml Partial(TemplateContext context, string name, ScriptObject? arguments = null) => engine.Partial(context, context.CurrentNode, name, arguments);
        functions.Import("partial", new Func<TemplateContext, string, ScriptObject?, TrustedHtml>(Partial));
        functions.Import("link", new Func<string, object, TrustedHtml>((href, content) => new TrustedHtml($"<a href=\"{TemplateContextHtml.Escape(href)}\">{(content is TrustedHtml html ? html.Html : TemplateContextHtml.Escape(content?.ToString() ?? string.Empty))}</a>")));
        functions.Import("trusted", new Func<object?, TrustedHtml>(value => value as TrustedHtml ?? TrustedHtml.Empty));
        return functions;
    }

    /// <summary>A figure with its unit, or its status symbol; illustrative figures carry an asterisk.</summary>
    private static string Figure(Formats formats, FigureView figure) =>
        (figure.Value is { } v ? formats.Value(v, figure.Decimals, Unit(figure.Unit)) : figure.Status ?? Data.StatusSymbols.NotAvailable)
        + (figure.Illustrative && figure.Value.HasValue ? "*" : string.Empty);

    /// <summary>Flag meanings gathered from the figures a page shows, each once, in the order their notes are listed (<c>Data.StatusMeanings.Flags</c>).</summary>
    private static IReadOnlyList<string> FlagOrder(IEnumerable flags)
    {
        var used = flags.Cast<object?>().OfType<string>().ToHashSet(StringComparer.Ordinal);
        return Data.StatusMeanings.InOrder(used);
    }

    private static (string Name, object? Value)[] Escaped(ScriptObject? arguments, PhraseBook phrases) =>
        arguments is null ? [] : [.. arguments.Select(a => (a.Key, a.Value switch
        {
            TrustedHtml html => (object?)html.Html,
            string s => TemplateContextHtml.Escape(s),
            int or long or double or null => a.Value,
            var other => TemplateContextHtml.Escape(Convert.ToString(other, phrases.Culture) ?? string.Empty),
        }))];

    private static (string Name, object? Value)[] Arguments(ScriptObject? arguments) =>
        arguments is null ? [] : [.. arguments.Select(a => (a.Key, a.Value))];

    private static double Number(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static Unit Unit(string key) => key switch
    {
        "percent" => Model.Unit.Percent,
        "percentage-points" => Model.Unit.PercentagePoints,
        "nok" => Model.Unit.Nok,
        "per-thousand" => Model.Unit.PerThousand,
        "count" => Model.Unit.Count,
        _ => throw new ArgumentException(Messages.Format("template.unknown-unit", ("unit", key))),
    };

    /// <summary>A phrase of one paragraph, without the paragraph around it, for use inside a sentence or a heading.</summary>
    private static string Inline(string html) =>
        html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
}

/// <summary>The file names of the publication's pages in a language (<c>metode.html</c>, <c>method.html</c>), from the phrase book.</summary>
public static class PageFiles
{
    public static string Name(PhraseBook phrases, string page) => SafeName(phrases.Get($"common.files.{page}")) + ".html";

    /// <summary>A file name is letters, digits and hyphens only, whatever the phrase book says.</summary>
    private static string SafeName(string name)
    {
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]).Trim('-');
        return safe.Length == 0 ? "page" : safe;
    }
}
