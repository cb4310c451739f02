using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>The printed page numbers in each language's words (the phrase-book rule itself is <c>Localization/PhraseBookTests</c>).</summary>
public sealed class PageNumberWordsTests
{
    [Theory]
    [InlineData("nb", "counter(page) \" av \" counter(pages)")]
    [InlineData("en", "counter(page) \" of \" counter(pages)")]
    public void Printed_page_numbers_use_the_languages_words(string language, string content)
    {
        var css = AnnualReport.Publishing.SiteAssets.PageNumbers(TestPhrases.For(language));

        Assert.Contains($"@bottom-center {{ content: {content}; }}", css);
    }
}
