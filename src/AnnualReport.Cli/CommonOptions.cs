using System.CommandLine;
using System.Globalization;
using AnnualReport.Model;
using AnnualReport.Publishing;

namespace AnnualReport.Cli;

/// <summary>The options that <c>build</c>, <c>municipalities</c> and <c>validate</c> share, and how they become <see cref="BuildOptions"/>.</summary>
internal sealed class CommonOptions
{
    public Option<string> Catalogue { get; } = new("--catalogue") { Description = "Indikatorkatalogen", DefaultValueFactory = _ => "indicators.yaml" };

    public Option<bool> Draft { get; } = new("--draft") { Description = "Utkast til gjennomlesing: UTKAST på hver side og et byggestempel" };

    public Option<bool> AllowOutsidePaths { get; } = new("--allow-outside-paths") { Description = "Tillat datafiler utenfor utgavens innholdsmappe (content/<år>/), også via symbolske lenker" };

    public Option<string?> Date { get; } = new("--date") { Description = "Byggedato i byggestempelet (ÅÅÅÅ-MM-DD); ellers dagens dato" };

    public Option<string?> Language { get; } = new("--language") { Description = "Bygg bare dette av utgavens språk (for eksempel nn); de andre språkenes mapper i utdatamappen beholdes som de er" };

    public Option<bool> NoPdf { get; } = new("--no-pdf") { Description = "Bygg bare nettsidene, uten PDF" };

    public Option<string?> Browser { get; } = new("--browser") { Description = $"Stien til Chromium, Chrome eller Edge (ellers {BrowserLocator.EnvironmentVariable} eller vanlige plasseringer)" };

    public Option<int> PrintTimeout { get; } = new("--print-timeout") { Description = "Sekunder nettleseren får per steg (start, lasting, utskrift) før steget prøves på nytt én gang", DefaultValueFactory = _ => (int)PrintSettings.DefaultTimeout.TotalSeconds };

    /// <summary>The options for validating only.</summary>
    public IEnumerable<Option> ForValidate => [Catalogue, Draft, AllowOutsidePaths];

    /// <summary>The options for a command that builds and prints.</summary>
    public IEnumerable<Option> ForBuild => [Catalogue, Draft, AllowOutsidePaths, Date, Language, NoPdf, Browser, PrintTimeout];

    /// <summary>
    /// The build options from the command line. The working folder and today's date are read
    /// here, not in the library, so a build is reproducible from its options alone.
    /// </summary>
    public BuildOptions Read(ParseResult result)
    {
        // validate has no printing options; the parse result then holds no value for them.
        var seconds = result.GetResult(PrintTimeout) is null ? (int)PrintSettings.DefaultTimeout.TotalSeconds : result.GetValue(PrintTimeout);
        if (seconds is < 1 or > 3600)
        {
            throw new InputException(Diagnostic.Error("wrong-type", $"--print-timeout {seconds} er utenfor det tillatte; oppgi et antall sekunder fra 1 til 3600", SourceSpan.ForFile("--print-timeout")));
        }

        return new BuildOptions(result.GetValue(Catalogue)!)
        {
            WorkingDirectory = Environment.CurrentDirectory,
            AllowOutsidePaths = result.GetValue(AllowOutsidePaths),
            Draft = result.GetValue(Draft),
            Date = ParseDate(result.GetValue(Date)) ?? DateOnly.FromDateTime(DateTime.Now),
            Pdf = !result.GetValue(NoPdf),
            Language = result.GetResult(Language) is null ? null : result.GetValue(Language),
            BrowserPath = result.GetValue(Browser),
            Print = new PrintSettings(TimeSpan.FromSeconds(seconds)),
        };
    }

    private static DateOnly? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException(Diagnostic.Error("wrong-type", $"--date «{SafeText.Excerpt(text, 40)}» er ikke en dato på formen ÅÅÅÅ-MM-DD", SourceSpan.ForFile("--date")));
    }
}
