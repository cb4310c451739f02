using System.IO.Compression;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Reads Eurostat's bulk-download TSV files (<c>.tsv</c>, or <c>.tsv.gz</c> as the data browser
/// serves them). The first header cell names the dimensions of the rows, comma-separated, then a
/// backslash and the time dimension (<c>freq,unit,sex,age,geo\TIME_PERIOD</c>; older files
/// <c>unit,geo\time</c>); the other header cells are the periods (<c>2019 </c>, <c>2004Q1</c>,
/// <c>2004M01</c>, often with a trailing space). Each row starts with its codes, comma-separated,
/// then one cell per period: a number, <c>:</c> (not available), and optionally a space and one
/// or more flag letters (<c>71.3 b</c>, <c>: c</c>, <c>12.5 bep</c>). Symbol and flags are kept
/// as written; <see cref="StatusVocabulary.Eurostat"/> says what they mean.
/// </summary>
public sealed class EurostatTsvReader : ICubeReader
{
    public const string FormatName = "eurostat-tsv";

    public string Format => FormatName;

    public DataCube? Read(InputFile file, List<Diagnostic> diagnostics) =>
        Table(file, diagnostics) is { } table ? table.ToCube(Format, Label(file.Display), diagnostics) : null;

    /// <summary>What <c>inspect</c> reports, read from the rows as they are (a sparse bulk file may span far more cells than a cube may hold).</summary>
    public CubeSummary? Summarise(InputFile file, List<Diagnostic> diagnostics) =>
        Table(file, diagnostics) is { } table ? table.Summary(Format, Label(file.Display)) : null;

    private static EurostatTsvTable? Table(InputFile file, List<Diagnostic> diagnostics)
    {
        var path = file.Display;
        if (InputText.ReadBytes(file.Path, path, InputLimits.MaxDataBytes, diagnostics) is not { } bytes)
        {
            return null;
        }

        if (file.Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            if (Unzip(bytes, path, diagnostics) is not { } unzipped)
            {
                return null;
            }

            bytes = unzipped;
        }

        if (Utf8Text.Decode(bytes, path, diagnostics) is not { } text)
        {
            return null;
        }

        return EurostatTsvTable.Parse(text, path, diagnostics);
    }

    /// <summary>The dataset code the file is named after: <c>lfsa_ergan</c> for <c>lfsa_ergan.tsv.gz</c>.</summary>
    private static string Label(string path)
    {
        var name = Path.GetFileName(path);
        var end = name.IndexOf(".tsv", StringComparison.OrdinalIgnoreCase);
        return end > 0 ? name[..end] : Path.GetFileNameWithoutExtension(name);
    }

    // Bounded like any data file: a small archive may unpack to far more than it holds.
    private static byte[]? Unzip(byte[] bytes, string path, List<Diagnostic> diagnostics)
    {
        try
        {
            using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = zip.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > InputLimits.MaxDataBytes)
                {
                    diagnostics.Add(Diagnostic.Error("too-large", Messages.Format("file.over-limit", ("limit", InputLimits.MaxDataBytes / (1024 * 1024))), new SourceSpan(path, 1, 1)));
                    return null;
                }

                output.Write(chunk, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            diagnostics.Add(Diagnostic.Error("bad-tsv", Messages.Format("tsv.bad-gzip"), new SourceSpan(path, 1, 1)));
            return null;
        }
    }
}
