using AnnualReport.Localization;
using AnnualReport.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AnnualReport.Rendering;

/// <summary>
/// The Scriban templates of the template folders (<c>*.sbn</c> in them, in <c>partials/</c> and in
/// <c>municipal/</c>; an edition's own template replacing the shared one of the same name), parsed once, rendered in one language. Values are HTML-escaped unless they
/// are <see cref="TrustedHtml"/>; an undefined variable or member is an error, not an empty
/// string; every mistake in a template is <c>file(line,col): error template-error: …</c>.
/// </summary>
public sealed class TemplateEngine
{
    /// <summary>The extension of template files.</summary>
    public const string Extension = ".sbn";

    private static readonly string[] Subfolders = [string.Empty, "partials", "municipal"];
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly ScriptObject _functions;

    public TemplateEngine(TemplateFolders folders, PhraseBook phrases)
    {
        ArgumentNullException.ThrowIfNull(folders);
        Folders = folders;
        Phrases = phrases;
        Formats = new Formats(phrases);
        var diagnostics = new List<Diagnostic>();
        foreach (var folder in Subfolders)
        {
            foreach (var file in folders.Files(folder, "*" + Extension))
            {
                var text = InputText.ReadUtf8(file, file, InputLimits.MaxYamlBytes, diagnostics);
                if (text is null)
                {
                    continue;
                }

                var template = Template.Parse(text, file);
                if (template.HasErrors)
                {
                    // Scriban often reports one mistake twice (the block, then its missing end): the first says it.
                    var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
                    diagnostics.Add(Diagnostic.Error("template-error", Messages.Format("template.syntax", ("detail", first.Message)), At(first.Span)));
                    continue;
                }

                var name = Path.GetFileNameWithoutExtension(file);
                _templates[folder.Length == 0 ? name : $"{folder}/{name}"] = template;
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new InputException(diagnostics);
        }

        _functions = TemplateFunctions.Create(this);
    }

    /// <summary>The folders the templates were read from.</summary>
    public TemplateFolders Folders { get; }

    public PhraseBook Phrases { get; }

    public Formats Formats { get; }

    /// <summary>
    /// Labels written otherwise inside a sentence (a group's <c>inText</c>: "Sverige" stays
    /// "Sverige"), which the template function <c>lower</c> gives instead of the lower-cased label.
    /// </summary>
    public IReadOnlyDictionary<string, string> InSentence { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Sets <see cref="InSentence"/> from the catalogue's groups.</summary>
    public void UseGroups(IEnumerable<Group> groups) =>
        InSentence = groups.Where(g => g.InText is not null).GroupBy(g => g.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().InText!, StringComparer.Ordinal);

    /// <summary>Whether the folder has a template of this name (<c>index</c>, <c>partials/table</c>).</summary>
    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Renders a template with a model whose members become the template's variables.</summary>
    public string Render(string name, object model)
    {
        var template = Find(name, null);
        var context = NewContext();
        var globals = new ScriptObject();
        globals.Import(model, renamer: context.MemberRenamer);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new InputException(Diagnostic.Error("template-error", Describe(e), At(e.Span)));
        }
        catch (PhraseException e)
        {
            throw new InputException(Diagnostic.Error("template-error", e.Message, e.Where ?? SourceSpan.ForFile(PhraseBook.Folder(Folders.Shared, Phrases.Language))));
        }
    }

    /// <summary>Renders a partial inside a running template with its own arguments (<c>partial "table" {table: t}</c>).</summary>
    internal TrustedHtml Partial(TemplateContext context, ScriptNode? callSite, string name, ScriptObject? arguments)
    {
        var template = Find($"partials/{name}", callSite);
        var scope = new ScriptObject();
        if (arguments is not null)
        {
            foreach (var (key, value) in arguments)
            {
                scope[key] = value;
            }
        }

        context.PushGlobal(scope);
        context.PushOutput();
        string html;
        try
        {
            context.Evaluate(template.Page!);
        }
        finally
        {
            html = (context.PopOutput().ToString() ?? string.Empty).Trim();
            context.PopGlobal();
        }

        return new TrustedHtml(html);
    }

    private Template Find(string name, ScriptNode? callSite) =>
        _templates.TryGetValue(name, out var template)
            ? template
            : callSite is null
                ? throw new InputException(Diagnostic.Error("template-error", Messages.Format("template.missing", ("name", name + Extension), ("folder", Folders.Shared)), SourceSpan.ForFile(Path.Combine(Folders.Shared, name + Extension))))
                : throw new ScriptRuntimeException(callSite.Span, Messages.Format("template.missing", ("name", name + Extension), ("folder", Folders.Shared)));

    private TemplateContextHtml NewContext()
    {
        var context = new TemplateContextHtml
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableNullIndexer = false,
            LoopLimit = 100_000,
            RecursiveLimit = 50,
        };
        context.PushCulture(Phrases.Culture);
        context.PushGlobal(_functions);
        return context;
    }

    /// <summary>Scriban's own words, or the phrase book's when a phrase is what failed.</summary>
    private static string Describe(ScriptRuntimeException e) =>
        e.InnerException is PhraseException phrase ? phrase.Message : Messages.Format("template.runtime", ("detail", e.OriginalMessage));

    private static SourceSpan At(Scriban.Parsing.SourceSpan span) =>
        new(span.FileName ?? string.Empty, span.Start.Line + 1, span.Start.Column + 1);
}
