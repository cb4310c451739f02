using AnnualReport.Analysis;
using AnnualReport.Model;
using AnnualReport.Validation;

namespace AnnualReport.Preview;

/// <summary>What the preview keeps between builds, and the keys that tell when it must be read again.</summary>
public sealed partial class PreviewBuilder
{
    private Figures ReadFigures(string? language, string key)
    {
        var edition = EditionLoader.Read(Options with { Language = language });
        var diagnostics = EditionLoader.Check(edition, Options.Draft).ToList();
        if (edition.Catalogue is not { } catalogue)
        {
            return new Figures(key, null, diagnostics, null);
        }

        // The curated text is read again on every build; its diagnostics belong to that reading.
        diagnostics.RemoveAll(d => edition.Diagnostics.Contains(d) && IsTextFile(d.Where.File));
        return new Figures(key, catalogue, diagnostics, EditionAnalysis.Run(catalogue, edition.Data));
    }

    private static bool IsTextFile(string shown) => PreviewInputs.IsTextFile(Path.GetFileName(shown));

    /// <summary>The key of everything the figures of a language are read from.</summary>
    private string FiguresKey(string? language)
    {
        var content = Options.EditionDirectory;
        var files = new List<string> { Options.Catalogue };
        files.AddRange(InputStamps.Files(content, f => Path.GetDirectoryName(f) == content && PreviewInputs.IsTextFile(Path.GetFileName(f))));
        return (language ?? string.Empty) + ":" + InputStamps.Of(files);
    }

    /// <summary>This build's stamp, made once for all its languages.</summary>
    private BuildStamp Stamp(int year) => _stamp is { } stamp && stamp.Edition == year ? stamp : _stamp = new BuildStamp(
        year,
        Options.Date ?? throw new InvalidOperationException("the build date must be given: the library does not read the clock"),
        PreviewFingerprint(),
        Options.Draft);

    // The build stamp's fingerprint from sizes and times, like the figures' key: reading every byte on every save would undo the cache.
    private string PreviewFingerprint() =>
        InputStamps.Of([Options.Catalogue, .. InputStamps.Files(Options.EditionDirectory), .. Options.Templates.Roots.SelectMany(t => InputStamps.Files(t))])[..10];
}
