using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>Picks the reader for a data file by its extension.</summary>
public static class CubeReaders
{
    private static readonly Dictionary<string, ICubeReader> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = new CsvCubeReader(),
        [".json"] = new JsonStatReader(),
        [".px"] = new PxReader(),
        [".xlsx"] = new XlsxCubeReader(),
        [".tsv"] = new EurostatTsvReader(),
        [".tsv.gz"] = new EurostatTsvReader(),
    };

    /// <summary>Reads any supported file. A missing file or unknown extension is a diagnostic, not an exception.</summary>
    public static DataCube? Read(string path, List<Diagnostic> diagnostics) => Read(InputFile.At(path), diagnostics);

    /// <summary>Reads any supported file, naming it in messages as <see cref="InputFile.Display"/>.</summary>
    public static DataCube? Read(InputFile file, List<Diagnostic> diagnostics)
    {
        var path = file.Display;
        if (!ByExtension.TryGetValue(Extension(path), out var reader))
        {
            diagnostics.Add(Diagnostic.Error("unknown-format", Messages.Format("data.unknown-format", ("extension", Path.GetExtension(path))), SourceSpan.ForFile(path)));
            return null;
        }

        if (!File.Exists(file.Path))
        {
            diagnostics.Add(Diagnostic.Error("file-not-found", Messages.Format("data.file-missing"), SourceSpan.ForFile(path)));
            return null;
        }

        try
        {
            return reader.Read(file, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("file-not-found", Messages.Format("data.file-unreadable"), SourceSpan.ForFile(path)));
            return null;
        }
    }

    /// <summary>
    /// What <c>inspect</c> reports about any supported file. A Eurostat TSV file is summarised from
    /// its rows; every other file is read into its cube.
    /// </summary>
    public static CubeSummary? Summarise(string path, List<Diagnostic> diagnostics)
    {
        if (ByExtension.GetValueOrDefault(Extension(path)) is EurostatTsvReader tsv && File.Exists(path))
        {
            try
            {
                return tsv.Summarise(InputFile.At(path), diagnostics);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error("file-not-found", Messages.Format("data.file-unreadable"), SourceSpan.ForFile(path)));
                return null;
            }
        }

        return Read(path, diagnostics) is { } cube ? CubeSummary.Of(cube) : null;
    }

    /// <summary>The extension that picks the reader: <c>.tsv.gz</c> for Eurostat's compressed bulk files, else the last one.</summary>
    private static string Extension(string path) =>
        path.EndsWith(".tsv.gz", StringComparison.OrdinalIgnoreCase) ? ".tsv.gz" : Path.GetExtension(path);
}
