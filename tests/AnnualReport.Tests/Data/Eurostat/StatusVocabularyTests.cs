using AnnualReport.Data;
using AnnualReport.Model;

namespace AnnualReport.Tests.Data.Eurostat;

/// <summary>What each symbol and flag means, per source: SSB's symbols stay as they are, Eurostat's are translated.</summary>
public sealed class StatusVocabularyTests
{
    private static readonly SourceSpan Where = SourceSpan.ForFile("test.tsv");

    private static DataCube Cube(string format, params CubeCell[] cells) =>
        new(format, "test", [new Dimension("time", "time", cells.Select((_, i) => new Category($"{2020 + i}", $"{2020 + i}")).ToList())], cells, "time", null, Where);

    private static CubeCell Cell(double? value, string? status, params string[] flags) =>
        new(["2020"], value, status, null, Where with { Column = flags.Length + (value is null ? 0 : 10) + (status?.Length ?? 0) }) { Flags = flags };

    [Fact]
    public void Ssb_symbols_are_read_exactly_as_before()
    {
        var cube = Cube("csv", Cell(null, ":"), Cell(null, ".."), Cell(4.5, ":"));

        Assert.Same(cube, StatusVocabulary.Ssb.Apply(cube));
        Assert.Same(StatusVocabulary.Ssb, StatusVocabulary.ForFormat("px"));
    }

    [Fact]
    public void Eurostat_colon_is_not_available_and_c_is_confidential_even_with_a_value()
    {
        var read = StatusVocabulary.Eurostat.Apply(Cube("eurostat-tsv", Cell(null, ":"), Cell(null, ":", "c"), Cell(12, null, "c"), Cell(3, null, "z")));

        Assert.Equal([(null, ".."), (null, ":"), (null, ":"), (null, ".")], read.Cells.Select(c => (c!.Value, c.Status)));
    }

    [Fact]
    public void Flags_of_a_published_figure_become_its_marks_in_the_vocabulary_order()
    {
        var read = StatusVocabulary.Eurostat.Apply(Cube("eurostat-tsv", Cell(71.3, null, "b", "e", "p"), Cell(5, null, "s", "u", "d", "f", "n", "r")));

        Assert.Equal([StatusMeanings.Provisional, StatusMeanings.Estimated, StatusMeanings.Break], read.Cells[0]!.Marks);
        Assert.Equal([StatusMeanings.Estimated, StatusMeanings.Forecast, StatusMeanings.Revised, StatusMeanings.LowReliability, StatusMeanings.DefinitionDiffers, StatusMeanings.NotSignificant], read.Cells[1]!.Marks);
        Assert.Equal(71.3, read.Cells[0]!.Value);
    }

    [Fact]
    public void An_override_replaces_one_meaning_and_keeps_the_others()
    {
        var vocabulary = StatusVocabulary.Eurostat.With(new Dictionary<string, string> { ["u"] = StatusMeanings.TooUncertain, ["x"] = StatusMeanings.Provisional });

        var read = vocabulary.Apply(Cube("eurostat-tsv", Cell(8.1, null, "u"), Cell(9.2, null, "p")));

        Assert.Equal((null, ".."), (read.Cells[0]!.Value, read.Cells[0]!.Status));
        Assert.Equal([StatusMeanings.Provisional], read.Cells[1]!.Marks);
        Assert.Equal(StatusMeanings.Provisional, vocabulary.MeaningOf("x"));
        Assert.Equal(StatusMeanings.NotAvailable, vocabulary.MeaningOf(":"));
    }

    [Fact]
    public void Every_meaning_has_its_words_in_every_shipped_phrase_book()
    {
        foreach (var language in new[] { "nb", "nn", "en" })
        {
            var phrases = AnnualReport.Localization.PhraseBook.Load(Tests.Support.RepositoryPaths.Templates, language, System.Globalization.CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : $"{language}-NO"));
            foreach (var meaning in StatusMeanings.All)
            {
                Assert.False(string.IsNullOrWhiteSpace(phrases.Get($"symbols.{meaning}")), $"{language}: symbols.{meaning}");
            }

            Assert.All(StatusMeanings.Flags, f => Assert.Single(phrases.Get($"symbols.marks.{f}")));
        }
    }
}
