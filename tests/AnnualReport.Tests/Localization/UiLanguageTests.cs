using AnnualReport.Localization;

namespace AnnualReport.Tests.Localization;

/// <summary>How the environment chooses the language of the program's messages.</summary>
public sealed class UiLanguageTests
{
    [Theory]
    [InlineData(null, null, null, null, "nb")]
    [InlineData(null, null, null, "en_GB.UTF-8", "en")]
    [InlineData(null, null, null, "en", "en")]
    [InlineData(null, null, null, "C.UTF-8", "nb")]
    [InlineData(null, null, null, "nb_NO.UTF-8", "nb")]
    [InlineData(null, null, null, "nn_NO.UTF-8", "nb")]
    [InlineData(null, "nb_NO.UTF-8", null, "en_US.UTF-8", "nb")]
    [InlineData(null, null, "en_US.UTF-8", "nb_NO.UTF-8", "en")]
    [InlineData("nb", "en_GB.UTF-8", null, null, "nb")]
    [InlineData("en", null, null, "nb_NO.UTF-8", "en")]
    [InlineData("", null, null, "en_GB.UTF-8", "en")]
    public void The_first_language_variable_that_is_set_decides(string? own, string? all, string? messages, string? lang, string expected)
    {
        var variables = new Dictionary<string, string?>
        {
            ["ANNUAL_REPORT_UI_LANGUAGE"] = own,
            ["LC_ALL"] = all,
            ["LC_MESSAGES"] = messages,
            ["LANG"] = lang,
        };

        Assert.Equal(expected, UiLanguage.FromEnvironment(name => variables.GetValueOrDefault(name)));
    }
}
