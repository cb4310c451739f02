using AnnualReport.Comparing;

namespace AnnualReport.Tests.Comparing;

/// <summary>Word-level differences of a text block, and blocks paired across two versions of a page.</summary>
public sealed class TextDifferTests
{
    [Fact]
    public void Only_the_changed_words_are_reported_in_order()
    {
        var words = TextDiffer.Words("Forskjellen er fortsatt stor i 2023.", "Forskjellen er nå fortsatt betydelig i 2024.");

        Assert.Equal([new WordChange(string.Empty, "nå"), new WordChange("stor", "betydelig"), new WordChange("2023.", "2024.")], words);
    }

    [Fact]
    public void Inline_marks_taken_out_and_put_in_words_in_reading_order()
    {
        var inline = TextDiffer.Inline("a b c d", "a x c d e");

        Assert.Equal([(0, "a"), (-1, "b"), (1, "x"), (0, "c d"), (1, "e")], inline);
    }

    [Fact]
    public void A_changed_block_is_paired_with_its_new_version_and_the_others_are_added_or_removed()
    {
        var pairs = TextDiffer.Align(["Tittel", "Gammel setning.", "Uendret."], ["Tittel", "Ny setning.", "Uendret.", "Lagt til."], s => s);

        Assert.Equal([("Gammel setning.", "Ny setning."), (null, "Lagt til.")], pairs.Select(p => (p.Old, p.New)));
        Assert.Empty(TextDiffer.Align(["a"], ["a"], s => s));
        Assert.Equal([("a", (string?)null)], TextDiffer.Align(["a"], [], s => s).Select(p => (p.Old, p.New)));
    }
}
