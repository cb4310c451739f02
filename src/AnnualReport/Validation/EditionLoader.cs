using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Rendering;

namespace AnnualReport.Validation;

/// <summary>
/// The first stages of every command, each doing one thing: <see cref="Read"/> loads the
/// catalogue, the figures and the curated text; <see cref="Check"/> validates catalogue and figures
/// together; <see cref="Load"/> runs them with the analysis and the curated text's live numbers
/// and collects every diagnostic, which is what <c>annual-report validate</c> prints.
/// </summary>
public static class EditionLoader
{
    /// <summary>
    /// Load: reads the catalogue, every data file (through the readers into series), the curated
    /// text and, when <paramref name="municipalities"/> is set, the municipal figures and geography.
    /// Problems reading them are diagnostics; nothing is thrown for bad input. Catalogue and text
    /// are read in <see cref="BuildOptions.Language"/> (default: the edition's main language).
    /// </summary>
    public static LoadedEdition Read(BuildOptions options, bool municipalities = false)
    {
        var diagnostics = new List<Diagnostic>();
        var catalogue = CatalogueLoader.Load(options.Catalogue, diagnostics, options.DisplayCatalogue, options.Language, options.Draft);
        if (catalogue is null)
        {
            return new LoadedEdition(null, null, [], null, CuratedText.Empty, diagnostics);
        }

        var files = options.Files();
        catalogue = Fetching.RetrievalReader.Attach(catalogue, files);
        catalogue = Publishing.CoverImages.Check(catalogue, files, diagnostics);
        var data = DataLoader.Load(catalogue, files, diagnostics);
        var municipal = municipalities && catalogue.Municipalities is not null ? MunicipalDataLoader.Load(catalogue, files, diagnostics) : null;
        var text = CuratedTextLoader.Load(files, catalogue, diagnostics, options.Draft);
        return new LoadedEdition(catalogue, files, data, municipal, text, diagnostics);
    }

    /// <summary>
    /// Validate: the checks that need catalogue and figures together (impossible values, missing
    /// years, old or illustrative figures), for the national and, when loaded, the municipal figures.
    /// Returns the load's diagnostics with these added.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(LoadedEdition edition, bool draft)
    {
        var diagnostics = edition.Diagnostics.ToList();
        if (edition.Catalogue is { } catalogue)
        {
            diagnostics.AddRange(EditionValidator.Validate(catalogue, edition.Data, draft));
            diagnostics.AddRange(SourceAddressCheck.Check(catalogue));
            if (edition.Files is { } files)
            {
                diagnostics.AddRange(Editions.CarriedOver.Check(files));
            }
            if (edition.Municipal is { } municipal)
            {
                diagnostics.AddRange(EditionValidator.ValidateMunicipal(catalogue, municipal, draft));
            }
        }

        return diagnostics;
    }

    /// <summary>
    /// Load, validate, analyse and render the curated text, collecting every diagnostic rather than
    /// stopping at the first stage with errors, so that one run reports every problem.
    /// </summary>
    /// <param name="municipalities">Also load and check the municipal figures: <c>validate</c> and <c>municipalities</c> do; <c>build</c>, run many times while writing, leaves them out.</param>
    /// <remarks>
    /// Without <see cref="BuildOptions.Language"/>, every language of the edition is checked (its
    /// translations and its curated text); the report holds the main language's catalogue and figures.
    /// </remarks>
    public static ValidationReport Load(BuildOptions options, bool municipalities = false, IProgress<string>? progress = null)
    {
        var report = LoadOne(options, municipalities, progress);
        if (options.Language is not null || report.Catalogue is not { } catalogue)
        {
            return report;
        }

        // A problem common to every language (a data file, a key) is the same diagnostic each time: listed once.
        var diagnostics = report.Diagnostics.ToList();
        foreach (var language in catalogue.Edition.Languages.Skip(1))
        {
            diagnostics.AddRange(LoadOne(options with { Language = language.Code }, municipalities, progress).Diagnostics);
        }

        return report with { Diagnostics = diagnostics.Distinct().ToList() };
    }

    /// <summary>The progress line for reading an edition, naming the language when it is not the main one.</summary>
    internal static string ReadStep(string? language) =>
        language is null ? Messages.Format("progress.read") : Messages.Format("progress.read-language", ("language", language));

    private static ValidationReport LoadOne(BuildOptions options, bool municipalities, IProgress<string>? progress)
    {
        progress?.Report(ReadStep(options.Language));
        var edition = Read(options, municipalities);
        progress?.Report(Messages.Format("progress.check"));
        var diagnostics = Check(edition, options.Draft).ToList();
        if (edition.Catalogue is not { } catalogue)
        {
            return new ValidationReport(null, [], diagnostics);
        }

        // The curated text is checked against the computed figures: a helper that names nothing,
        // a figure that is missing, a sentence whose words contradict its number.
        var analysis = EditionAnalysis.Run(catalogue, edition.Data);
        Localization.PhraseBook phrases;
        try
        {
            phrases = Localization.PhraseBook.Load(options.Templates, catalogue.Edition.Language, catalogue.Edition.Culture);
        }
        catch (InputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return new ValidationReport(catalogue, edition.Data, diagnostics) { Analysis = analysis, Municipal = edition.Municipal };
        }

        var text = CuratedTextRenderer.Render(edition.Text, catalogue, analysis, new Localization.Formats(phrases), options.Draft, diagnostics);
        return new ValidationReport(catalogue, edition.Data, diagnostics) { Analysis = analysis, Text = text, Municipal = edition.Municipal };
    }
}
