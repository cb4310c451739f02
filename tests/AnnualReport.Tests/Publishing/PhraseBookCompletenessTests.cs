using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>Every shipped language has every key the others have, with the same placeholders (whoever adds a key writes it in all three).</summary>
public sealed class PhraseBookCompletenessTests
{
    private static readonly string[] Languages = ["nb", "nn", "en"];

    [Fact]
    public void Every_shipped_language_has_the_same_keys_and_placeholders()
    {
        var keys = Languages.SelectMany(l => TestPhrases.For(l).Keys).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            var has = Languages.Where(l => TestPhrases.For(l).Has(key)).ToList();
            if (has.Count != Languages.Length)
            {
                problems.Add($"{key}: only in {string.Join(", ", has)}");
                continue;
            }

            var placeholders = Languages.Select(l => string.Join(",", TestPhrases.For(l).Placeholders(key).Order(StringComparer.Ordinal))).Distinct().ToList();
            if (placeholders.Count > 1)
            {
                problems.Add($"{key}: placeholders differ ({string.Join(" / ", placeholders)})");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("nb", "counter(page) \" av \" counter(pages)")]
    [InlineData("en", "counter(page) \" of \" counter(pages)")]
    public void Printed_page_numbers_use_the_languages_words(string language, string content)
    {
        var css = AnnualReport.Publishing.SiteAssets.PageNumbers(TestPhrases.For(language));

        Assert.Contains($"@bottom-center {{ content: {content}; }}", css);
    }
}
