using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Localization;

/// <summary>A phrase book that is missing or malformed stops the build with a positioned diagnostic.</summary>
public sealed class PhraseBookErrorTests
{
    [Fact]
    public void A_language_without_a_phrase_book_is_missing_phrase_book()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<InputException>(() => PhraseBook.Load(temp.Path, "se", CultureInfo.GetCultureInfo("nb-NO")));

        Assert.Equal("missing-phrase-book", Assert.Single(error.Diagnostics).Code);
    }

    [Theory]
    [InlineData("plural:\n  one: ett tall\n  zero: ingen tall\n", 2)]
    [InlineData("open: \"brudd i {year\"\n", 1)]
    public void A_malformed_entry_is_a_phrase_error_where_it_is_written(string yaml, int line)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(PhraseBook.Folder(temp.Path, "nb"));
        File.WriteAllText(Path.Combine(PhraseBook.Folder(temp.Path, "nb"), "charts.yaml"), yaml);

        var error = Assert.Throws<InputException>(() => PhraseBook.Load(temp.Path, "nb", CultureInfo.GetCultureInfo("nb-NO")));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("phrase-error", diagnostic.Code);
        Assert.Equal(line, diagnostic.Where.Line);
    }
}
