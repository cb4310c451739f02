using System.Text.RegularExpressions;
using AnnualReport.Localization;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Localization;

/// <summary>
/// The rules of the message catalogue: both languages have every key with the same placeholders,
/// and every key the code names exists. The language is the process's, so these tests read the
/// catalogues of each language directly and never change it.
/// </summary>
public sealed partial class MessageCatalogueTests
{
    private static readonly MessageCatalogue Bokmal = Messages.For(UiLanguage.Bokmal);
    private static readonly MessageCatalogue English = Messages.For(UiLanguage.English);

    [Fact]
    public void Every_bokmal_key_is_in_english_and_every_english_key_in_bokmal()
    {
        Assert.Empty(Bokmal.Keys.Except(English.Keys));
        Assert.Empty(English.Keys.Except(Bokmal.Keys));
        Assert.True(Bokmal.Keys.Count() > 250, "the catalogue was not read");
    }

    [Fact]
    public void Both_languages_have_the_same_placeholders_for_each_key()
    {
        var different = Bokmal.Keys.Where(English.Contains)
            .Where(k => !Bokmal.Placeholders(k).SetEquals(English.Placeholders(k)))
            .Select(k => $"{k}: nb {{{string.Join(",", Bokmal.Placeholders(k))}}}, en {{{string.Join(",", English.Placeholders(k))}}}")
            .ToList();

        Assert.Empty(different);
    }

    [Fact]
    public void Every_key_the_code_names_exists()
    {
        var keys = Sources().SelectMany(s => KeyLiterals(s.Text).Select(k => (s.File, Key: k))).ToList();

        Assert.Contains(keys, k => k.Key == "csv.bad-row.columns");
        Assert.Empty(keys.Where(k => !Bokmal.Contains(k.Key)).Select(k => $"{k.File}: {k.Key}"));
    }

    [Fact]
    public void Every_key_built_from_a_prefix_has_messages_under_that_prefix()
    {
        var prefixes = Sources().SelectMany(s => InterpolatedKey().Matches(s.Text).Select(m => (s.File, Prefix: m.Groups[1].Value))).ToList();

        Assert.NotEmpty(prefixes);
        Assert.Empty(prefixes.Where(p => !Bokmal.Keys.Any(k => k.StartsWith(p.Prefix, StringComparison.Ordinal))).Select(p => $"{p.File}: {p.Prefix}"));
    }

    [Fact]
    public void Placeholders_are_filled_and_plurals_chosen_by_n()
    {
        Assert.Equal("raden har 3 felt, men overskriften har 4", Bokmal.Format("csv.bad-row.columns", ("found", 3), ("expected", 4)));
        Assert.Equal("the row has 3 fields, but the header has 4", English.Format("csv.bad-row.columns", ("found", 3), ("expected", 4)));
        Assert.Equal("1 warning", English.Format("count.warnings", ("n", 1)));
        Assert.Equal("2 warnings", English.Format("count.warnings", ("n", 2)));
        Assert.Equal("0 advarsler", Bokmal.Format("count.warnings", ("n", 0)));
    }

    [Fact]
    public void A_missing_key_or_argument_shows_itself_instead_of_failing()
    {
        Assert.Equal("[no.such.key]", Bokmal.Format("no.such.key"));
        Assert.Equal("raden har {found} felt, men overskriften har 4", Bokmal.Format("csv.bad-row.columns", ("expected", 4)));
    }

    [Fact]
    public void The_library_speaks_bokmal_unless_told_otherwise()
    {
        Assert.Equal(UiLanguage.Bokmal, UiLanguage.Current);
        Assert.Equal("filen finnes ikke", Messages.Format("data.file-missing"));
    }

    /// <summary>Message keys named in the code: every string literal whose first part is a section of the catalogue.</summary>
    private static readonly Lazy<AnnualReport.Localization.PhraseBook> Phrases = new(() => AnnualReport.Tests.Support.TestPhrases.For("nb"));

    private static IEnumerable<string> KeyLiterals(string text)
    {
        // File names ("text.yaml") and phrase-book keys ("text.rising", read by the pages) share
        // the look of a message key; they are not messages.
        var sections = Bokmal.Keys.Select(k => k.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        return KeyLiteral().Matches(text).Select(m => m.Groups[1].Value)
            .Where(k => sections.Contains(k.Split('.')[0]) && !k.EndsWith(".yaml", StringComparison.Ordinal) && !Phrases.Value.Has(k) && !Phrases.Value.Keys.Any(p => p.StartsWith(k + ".", StringComparison.Ordinal)));
    }

    private static IEnumerable<(string File, string Text)> Sources() =>
        new[] { "AnnualReport", "AnnualReport.Cli" }
            .SelectMany(project => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllText(f)));

    // A plain literal such as "csv.bad-row.columns": lower case, at least one dot, no spaces.
    [GeneratedRegex(@"(?<![\$@\w])""([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)""")]
    private static partial Regex KeyLiteral();

    // A key built in the code, such as $"catalogue.noun.{what}": its fixed start.
    [GeneratedRegex(@"Messages\.Format\(\$""([a-z][a-z0-9.-]*\.)\{")]
    private static partial Regex InterpolatedKey();
}
