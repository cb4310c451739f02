using System.Globalization;
using System.Text.RegularExpressions;
using AnnualReport.Localization;
using AnnualReport.Tests.Support;
using Xunit;

namespace AnnualReport.Tests.Localization;

/// <summary>
/// The phrase-book rule, second half: every shipped language has every key, with the same
/// placeholders, and every key the templates and the program ask for by name exists.
/// </summary>
public sealed partial class PhraseBookTests
{
    private static readonly string[] Shipped = ["nb", "nn", "en"];

    private static readonly Dictionary<string, string> Cultures = new() { ["nb"] = "nb-NO", ["nn"] = "nn-NO", ["en"] = "en-GB" };

    private static PhraseBook Book(string language) => PhraseBook.Load(RepositoryPaths.Templates, language, new CultureInfo(Cultures[language]));

    [Fact]
    public void The_shipped_languages_are_nb_nn_and_en()
    {
        var folders = Directory.GetDirectories(Path.Combine(RepositoryPaths.Templates, "phrases")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(Shipped.Order(), folders);
    }

    [Theory]
    [InlineData("nn")]
    [InlineData("en")]
    public void Every_language_has_every_key_of_bokmal_and_no_other(string language)
    {
        var bokmal = Book("nb");
        var other = Book(language);

        Assert.Empty(bokmal.Keys.Except(other.Keys).Select(k => $"missing in {language}: {k}"));
        Assert.Empty(other.Keys.Except(bokmal.Keys).Select(k => $"only in {language}: {k}"));
    }

    [Theory]
    [InlineData("nn")]
    [InlineData("en")]
    public void Every_key_takes_the_same_placeholders_in_every_language(string language)
    {
        var bokmal = Book("nb");
        var other = Book(language);

        var differ = bokmal.Keys.Where(other.Has)
            .Where(k => !bokmal.Placeholders(k).SetEquals(other.Placeholders(k)))
            .Select(k => $"{k}: nb {{{string.Join(",", bokmal.Placeholders(k).Order())}}}, {language} {{{string.Join(",", other.Placeholders(k).Order())}}}")
            .ToList();
        Assert.Empty(differ);
    }

    [Fact]
    public void Every_key_the_templates_name_exists()
    {
        var book = Book("nb");
        var missing = Directory.GetFiles(RepositoryPaths.Templates, "*.sbn", SearchOption.AllDirectories)
            .SelectMany(file => TemplateKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups["key"].Value)))
            .Where(x => !book.Has(x.Key))
            .Select(x => $"{x.File}: {x.Key}")
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_key_the_program_names_exists()
    {
        var book = Book("nb");
        var folder = Path.Combine(RepositoryPaths.Root, "src", "AnnualReport");
        var named = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => CodeKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(named);
        Assert.Empty(named.Where(x => !book.Has(x.Key)).Select(x => $"{x.File}: {x.Key}"));
    }

    [Theory]
    [InlineData("nb", 0, "Forside")]
    [InlineData("nn", 0, "Framside")]
    [InlineData("en", 0, "Home")]
    public void Each_language_has_its_own_words(string language, int _, string home) =>
        Assert.Equal(home, Book(language).Get("pages.nav.home"));

    /// <summary>A phrase named in a template: t 'key', md "key", md_inline, text.</summary>
    [GeneratedRegex(@"\b(?:t|md|md_inline|text)\s+['""](?<key>[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)['""]")]
    private static partial Regex TemplateKey();

    /// <summary>A phrase named in C#: Get("key" or Get($"key …") up to the first placeholder is not checked.</summary>
    [GeneratedRegex(@"\.Get\(""(?<key>[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)""")]
    private static partial Regex CodeKey();
}
