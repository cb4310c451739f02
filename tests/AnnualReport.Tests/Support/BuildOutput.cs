using AnnualReport.Municipal;

namespace AnnualReport.Tests.Support;

/// <summary>The language folders of a build: the main language's (the first built) or a named one.</summary>
internal static class BuildOutput
{
    public static LanguageOutput MainLanguage(this BuildResult result) => result.Languages[0];

    public static LanguageOutput MainLanguage(this MunicipalResult result) => result.Languages[0];

    public static LanguageOutput Language(this BuildResult result, string code) => Assert.Single(result.Languages, l => l.Language == code);

    /// <summary>The folder of <paramref name="language"/> inside an output folder written by the command line.</summary>
    public static string Site(string output, string language = "nb") => Path.Combine(output, language);
}
