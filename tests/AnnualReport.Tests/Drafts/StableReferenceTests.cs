using AnnualReport.Drafts;

namespace AnnualReport.Tests.Drafts;

/// <summary>A draft built with --since keeps the earlier draft's reference numbers for text that is still there.</summary>
public sealed class StableReferenceTests
{
    private static string Chapter(params string[] paragraphs) =>
        "<section data-chapter=\"3\"><h2 data-ref=\"3\">Utdanning</h2>" + string.Concat(paragraphs) + "</section>";

    [Fact]
    public void An_inserted_paragraph_takes_a_letter_and_the_ones_after_it_keep_their_numbers()
    {
        var old = Chapter("<p data-ref=\"3.0.1\">Første.</p>", "<p data-ref=\"3.0.2\">Andre.</p>", "<ul data-ref=\"3.0.3\"><li>Punkt</li></ul>");
        var now = Chapter("<p data-ref=\"3.0.1\">Første.</p>", "<p data-ref=\"3.0.2\">Ny.</p>", "<p data-ref=\"3.0.3\">Andre.</p>", "<ul data-ref=\"3.0.4\"><li>Punkt</li></ul>");

        var kept = StableReferences.Keep(now, old);

        Assert.Equal(Chapter("<p data-ref=\"3.0.1\">Første.</p>", "<p data-ref=\"3.0.1a\">Ny.</p>", "<p data-ref=\"3.0.2\">Andre.</p>", "<ul data-ref=\"3.0.3\"><li>Punkt</li></ul>"), kept);
    }

    [Fact]
    public void A_paragraph_changed_in_place_keeps_its_number_and_a_removed_number_is_not_given_again()
    {
        var old = Chapter("<p data-ref=\"3.0.1\">Første.</p>", "<p data-ref=\"3.0.2\">Borte.</p>", "<p data-ref=\"3.0.3\">Tallet er 5.</p>");
        var now = Chapter("<p data-ref=\"3.0.1\">Første.</p>", "<p data-ref=\"3.0.2\">Tallet er 6.</p>");

        var kept = StableReferences.Keep(now, old);

        Assert.Contains("<p data-ref=\"3.0.1\">Første.</p>", kept);
        Assert.DoesNotContain("data-ref=\"3.0.2\"", kept);
        Assert.Contains("data-ref=\"3.0.3\">Tallet er 6.", kept);
    }

    [Fact]
    public void Numbers_of_an_earlier_marked_draft_carry_on()
    {
        var old = Chapter("<p data-ref=\"3.0.1\">Første.</p>", "<p data-ref=\"3.0.1a\" id=\"change-1\"><ins><span class=\"change-label\">Satt inn: </span>Ny.</ins></p>", "<p data-ref=\"3.0.2\">Andre.</p>");
        var now = Chapter("<p data-ref=\"3.0.1\">Første.</p>", "<p data-ref=\"3.0.2\">Nyere.</p>", "<p data-ref=\"3.0.3\">Ny.</p>", "<p data-ref=\"3.0.4\">Andre.</p>");

        var kept = StableReferences.Keep(now, old);

        Assert.Contains("data-ref=\"3.0.1b\">Nyere.", kept);
        Assert.Contains("data-ref=\"3.0.1a\">Ny.", kept);
        Assert.Contains("data-ref=\"3.0.2\">Andre.", kept);
    }

    [Theory]
    [InlineData("3.2.4", "", "3.2.4a")]
    [InlineData("3.2.4", "3.2.4a", "3.2.4b")]
    [InlineData("3.2.4a", "", "3.2.4b")]
    [InlineData("3.2.4z", "", "3.2.4za")]
    public void The_letter_after_a_number_is_one_not_used(string previous, string used, string expected) =>
        Assert.Equal(expected, StableReferences.Next(previous, new HashSet<string>(used.Split(',', StringSplitOptions.RemoveEmptyEntries))));
}
