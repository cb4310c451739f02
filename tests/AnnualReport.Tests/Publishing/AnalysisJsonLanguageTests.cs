using System.Text.Json;
using AnnualReport.Analysis;
using AnnualReport.Localization;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>analysis.json's <c>why</c>: per field a code that is the same in every language and a text in the build's language.</summary>
public sealed class AnalysisJsonLanguageTests
{
    [Theory]
    [InlineData("nb", "brudd i serien i 2015")]
    [InlineData("nn", "brot i serien i 2015")]
    [InlineData("en", "break in series in 2015")]
    public void A_missing_figure_has_a_code_and_a_reason_in_the_language_of_the_build(string language, string text)
    {
        var json = AnalysisJsonWriter.Write(SampleEdition.Catalogue, SampleEdition.Analysis, TestPhrases.For(language));

        var employment = JsonDocument.Parse(json).RootElement.GetProperty("series").EnumerateArray()
            .Single(s => s.GetProperty("indicator").GetString() == "sysselsetting" && s.GetProperty("group").GetString() == "innvandrere" && s.GetProperty("breakdown").ValueKind == JsonValueKind.Null);
        var why = employment.GetProperty("why").GetProperty("change10");
        Assert.Equal(JsonValueKind.Null, employment.GetProperty("change10").ValueKind);
        Assert.Equal("series-break", why.GetProperty("code").GetString());
        Assert.Equal(text, why.GetProperty("text").GetString());
    }

    [Fact]
    public void Every_reason_of_the_sample_edition_has_a_text_in_every_language_without_the_others_words()
    {
        foreach (var language in new[] { "nb", "nn", "en" })
        {
            var root = JsonDocument.Parse(AnalysisJsonWriter.Write(SampleEdition.Catalogue, SampleEdition.Analysis, TestPhrases.For(language))).RootElement;
            var texts = root.GetProperty("series").EnumerateArray()
                .SelectMany(s => s.GetProperty("why").EnumerateObject())
                .Select(w => (Code: w.Value.GetProperty("code").GetString()!, Text: w.Value.GetProperty("text").GetString()!))
                .ToList();

            Assert.NotEmpty(texts);
            Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Text), t.Code));
            if (language != "nb")
            {
                Assert.DoesNotContain(texts, t => t.Text.Contains("ikke", StringComparison.Ordinal) || t.Text.Contains("tall ", StringComparison.Ordinal) || t.Text.Contains("brudd", StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [InlineData("nb", "tallet for 2021 mangler (:: vises ikke av konfidensialitetshensyn)")]
    [InlineData("nn", "talet for 2021 manglar (:: blir ikkje vist av omsyn til konfidensialitet)")]
    [InlineData("en", "the figure for 2021 is missing (:: not published, for reasons of confidentiality)")]
    public void A_status_symbol_brings_its_meaning(string language, string expected)
    {
        var reason = Reason.Of("missing-status", ("year", 2021), ("symbol", ":"));

        Assert.Equal(expected, ReasonText.For(reason, TestPhrases.For(language)));
    }

    [Theory]
    [InlineData("no-figures", "no figures in the series")]
    [InlineData("not-measured", "not measured in 2022 (measured every 4 years)")]
    [InlineData("too-few-points", "needs at least 5 years with figures in the trend period to judge the direction (has 3)")]
    [InlineData("is-reference", "the group is itself the reference group")]
    public void Every_reason_key_has_english_words(string key, string expected)
    {
        var reason = Reason.Of(key, ("year", 2022), ("interval", 4), ("needed", 5), ("n", 3));

        Assert.Equal(expected, ReasonText.For(reason, TestPhrases.For("en")));
    }
}
