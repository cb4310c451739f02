using System.CommandLine;
using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Publishing;

namespace AnnualReport.Cli;

/// <summary>The options that <c>build</c>, <c>municipalities</c> and <c>validate</c> share, and how they become <see cref="BuildOptions"/>.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Edition { get; } = new("--edition") { Description = Messages.Format("cli.option.edition") };

    public Option<string?> Catalogue { get; } = new("--catalogue") { Description = Messages.Format("cli.option.catalogue") };

    public Option<bool> Draft { get; } = new("--draft") { Description = Messages.Format("cli.option.draft") };

    public Option<bool> AllowOutsidePaths { get; } = new("--allow-outside-paths") { Description = Messages.Format("cli.option.allow-outside-paths") };

    public Option<string?> Date { get; } = new("--date") { Description = Messages.Format("cli.option.date") };

    public Option<string?> Language { get; } = new("--language") { Description = Messages.Format("cli.option.language") };

    public Option<bool> NoPdf { get; } = new("--no-pdf") { Description = Messages.Format("cli.option.no-pdf") };

    public Option<bool> Quiet { get; } = new("--quiet") { Description = Messages.Format("cli.option.quiet") };

    public Option<string?> Browser { get; } = new("--browser") { Description = Messages.Format("cli.option.browser", ("variable", BrowserLocator.EnvironmentVariable)) };

    public Option<int> PrintTimeout { get; } = new("--print-timeout") { Description = Messages.Format("cli.option.print-timeout"), DefaultValueFactory = _ => (int)PrintSettings.DefaultTimeout.TotalSeconds };

    /// <summary>The options for validating only.</summary>
    public IEnumerable<Option> ForValidate => [Edition, Catalogue, Draft, AllowOutsidePaths, Quiet];

    /// <summary>The options for a command that builds and prints.</summary>
    public IEnumerable<Option> ForBuild => [Edition, Catalogue, Draft, AllowOutsidePaths, Date, Language, NoPdf, Quiet, Browser, PrintTimeout];

    /// <summary>
    /// Progress lines on standard error, for a person watching: none with <c>--quiet</c> or when
    /// standard error is not a terminal (a log, a pipe), so scripts get only results and diagnostics.
    /// </summary>
    public IProgress<string>? Progress(ParseResult result) =>
        Console.IsErrorRedirected || result.GetValue(Quiet) ? null : new ImmediateProgress<string>(step => Console.Error.WriteLine($"… {step}"));

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
            throw new InputException(Diagnostic.Error("wrong-type", Messages.Format("cli.print-timeout.range", ("seconds", seconds), ("min", 1), ("max", 3600)), SourceSpan.ForFile("--print-timeout")));
        }

        var workingDirectory = Environment.CurrentDirectory;
        return new BuildOptions(EditionFolders.Locate(workingDirectory, result.GetValue(Edition), result.GetValue(Catalogue)))
        {
            WorkingDirectory = workingDirectory,
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
            : throw new InputException(Diagnostic.Error("wrong-type", Messages.Format("cli.date.format", ("value", SafeText.Excerpt(text, 40))), SourceSpan.ForFile("--date")));
    }
}
