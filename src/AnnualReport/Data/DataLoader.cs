using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// The data stage: reads every indicator's file (each file once, however many indicators use it)
/// and maps its cube to the indicator's series.
/// </summary>
public static class DataLoader
{
    /// <summary>Loads all figures; throws <see cref="InputException"/> when any file or mapping is wrong.</summary>
    public static IReadOnlyList<IndicatorData> Load(IndicatorCatalogue catalogue, EditionFiles files)
    {
        var diagnostics = new List<Diagnostic>();
        var data = Load(catalogue, files, diagnostics);
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new InputException(diagnostics);
        }

        return data;
    }

    /// <summary>Loads what can be loaded and adds every problem to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<IndicatorData> Load(IndicatorCatalogue catalogue, EditionFiles files, List<Diagnostic> diagnostics)
    {
        var cubes = new Dictionary<(string, CsvDialect?), DataCube?>();
        var result = new List<IndicatorData>();
        var missingFolders = new MissingFolders();
        foreach (var indicator in catalogue.Indicators)
        {
            if (indicator.Data.File.Length == 0)
            {
                continue;
            }

            if (files.Resolve(indicator.Data.File, indicator.Data.Where, diagnostics) is not { } path)
            {
                continue;
            }

            // A whole folder missing (a data folder not copied, a typo in it) is one error, not one per file.
            if (missingFolders.Missing(path, indicator.Id, indicator.Data.File, indicator.Data.Where))
            {
                continue;
            }

            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error("file-not-found", Messages.Format("data.file-not-found", ("file", indicator.Data.File), ("indicator", indicator.Id), ("path", files.Display(path))), indicator.Data.Where));
                continue;
            }

            // A file is read once per dialect declared for it (normally once).
            var dialect = CsvDialect.Declared(indicator.Data);
            if (!cubes.TryGetValue((path, dialect), out var cube))
            {
                cube = CubeReaders.Read(new InputFile(path, files.Display(path)) { Dialect = dialect }, diagnostics);
                cubes[(path, dialect)] = cube;
            }

            if (cube is not null)
            {
                // The source's symbols and flags read through its vocabulary: the format's, with the catalogue's changes.
                var vocabulary = StatusVocabulary.ForFormat(cube.Format).With(indicator.Data.Symbols);
                vocabulary.ReportUnknown(cube, diagnostics);
                var read = vocabulary.Apply(cube);
                var ignored = new List<IgnoredCode>();
                result.Add(SourceFlags.Breaks(new IndicatorData(indicator, SeriesMapper.Map(indicator, read, catalogue, diagnostics, ignored)) { Ignored = ignored }));
            }
        }

        missingFolders.Report(files, diagnostics);
        return result;
    }
}
