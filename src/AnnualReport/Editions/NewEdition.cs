using System.Globalization;
using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Editions;

/// <summary>
/// <c>annual-report new-edition 2026</c>: starts next year's edition as a copy of the last one, in a
/// folder of its own, so the last one stays as it was and can still be rebuilt. The copy gets the
/// new year in its catalogue (year, titles, PDF names), keeps everything else, and records which data
/// and text files still hold last year's figures and words (<see cref="CarriedOver"/>). The folder
/// appears whole or not at all: it is filled under a hidden name and renamed at the end.
/// </summary>
public static class NewEdition
{
    /// <summary>What was made, and what the analyst must now update.</summary>
    /// <param name="Folder">The new edition folder.</param>
    /// <param name="From">The year of the edition it was copied from.</param>
    /// <param name="Changed">The catalogue texts that now name the new year.</param>
    /// <param name="Left">Catalogue texts that still name the old year: to be checked by hand.</param>
    /// <param name="DataFiles">Each data file with the last year it holds figures for (null when it could not be read).</param>
    /// <param name="TextFiles">The curated text files, carried over word for word.</param>
    /// <param name="Geography">The geography files (classification, code changes), to be checked against the new year.</param>
    public sealed record Result(
        string Folder,
        int From,
        IReadOnlyList<CatalogueYearBump.Change> Changed,
        IReadOnlyList<CatalogueYearBump.Change> Left,
        IReadOnlyList<(string File, int? LastYear)> DataFiles,
        IReadOnlyList<string> TextFiles,
        IReadOnlyList<string> Geography);

    /// <summary>
    /// Makes <c>editions/<paramref name="year"/>/</c> in <paramref name="project"/> from edition
    /// <paramref name="from"/> (default: the newest before <paramref name="year"/>). Bad input
    /// (no such edition, the folder exists, a catalogue that cannot be read) is an <see cref="InputException"/>.
    /// </summary>
    public static Result Start(string project, int year, int? from, DateOnly date)
    {
        var years = EditionFolders.Years(project);
        var target = EditionFolders.Folder(project, year);
        var shownTarget = $"{BuildOptions.EditionsFolder}/{year.ToString(CultureInfo.InvariantCulture)}";
        if (Directory.Exists(target) || File.Exists(target))
        {
            throw new InputException(Diagnostic.Error("edition-exists", Messages.Format("new-edition.exists", ("folder", shownTarget + "/")), SourceSpan.ForFile(shownTarget)));
        }

        var source = from ?? years.Where(y => y < year).Cast<int?>().LastOrDefault()
            ?? throw new InputException(Diagnostic.Error("edition-not-found", Messages.Format("new-edition.no-source", ("year", year), ("existing", Messages.Format("edition.existing", ("n", years.Count), ("years", string.Join(", ", years))))), SourceSpan.ForFile($"{BuildOptions.EditionsFolder}/")));
        var catalogue = EditionFolders.Locate(project, source.ToString(CultureInfo.InvariantCulture), null);
        var sourceFolder = Path.GetDirectoryName(catalogue)!;

        // The catalogue must read cleanly: a broken edition is not a start for the next one.
        var diagnostics = new List<Diagnostic>();
        var options = new BuildOptions(catalogue) { WorkingDirectory = project };
        var loaded = CatalogueLoader.Load(catalogue, diagnostics, options.DisplayCatalogue, draft: true);
        var bump = CatalogueYearBump.Bump(catalogue, options.DisplayCatalogue, loaded?.Edition.Year ?? source, year, diagnostics);
        if (loaded is null || bump is null || diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new InputException(diagnostics.Where(d => d.Severity == Severity.Error).ToList());
        }

        var files = options.Files();
        var lastYears = LastYears(loaded, files);
        var staging = Path.Combine(project, BuildOptions.EditionsFolder, $".new-{year.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        try
        {
            var copied = Copy(sourceFolder, staging);
            File.WriteAllText(Path.Combine(staging, EditionFolders.CatalogueFile), bump.Text);
            var carried = copied.Where(IsCarried).ToList();
            File.WriteAllText(
                Path.Combine(staging, CarriedOver.FileName),
                CarriedOver.Write(source, year, date, carried.Select(f => (f, CarriedOver.Hash(Path.Combine(staging, f))))));
            Directory.Move(staging, target);

            var geography = new[] { loaded.Municipalities?.Classification, loaded.Municipalities?.Changes }.OfType<string>().ToList();
            return new Result(
                target,
                source,
                bump.Changed,
                bump.Left,
                [.. carried.Where(f => !IsText(f)).Select(f => (f, lastYears.TryGetValue(f, out var last) ? last : (int?)null))],
                [.. carried.Where(IsText)],
                geography);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw new EnvironmentException(Messages.Format("new-edition.io", ("folder", shownTarget + "/"), ("reason", e.Message)), e);
        }
    }

    /// <summary>Data files (under <c>data/</c>) and curated text (<c>text*.yaml</c>) hold last year's figures and words.</summary>
    private static bool IsCarried(string relative) => relative.StartsWith("data/", StringComparison.Ordinal) || IsText(relative);

    private static bool IsText(string relative) =>
        !relative.Contains('/', StringComparison.Ordinal) && relative.StartsWith("text", StringComparison.Ordinal) && relative.EndsWith(".yaml", StringComparison.Ordinal);

    /// <summary>The last year each indicator data file has a figure for, by its path relative to the edition folder.</summary>
    private static Dictionary<string, int> LastYears(IndicatorCatalogue catalogue, EditionFiles files)
    {
        var data = DataLoader.Load(catalogue, files, []);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var indicator in data)
        {
            var years = indicator.Series.SelectMany(s => s.Observations).Where(o => o.Value.HasValue).Select(o => o.Year).ToList();
            var file = indicator.Indicator.Data.File.Replace('\\', '/');
            if (years.Count > 0)
            {
                last[file] = Math.Max(last.GetValueOrDefault(file), years.Max());
            }
        }

        return last;
    }

    /// <summary>Copies the edition's regular files (not its record of carried-over files, not links), giving their paths with '/'.</summary>
    private static List<string> Copy(string from, string to)
    {
        var copied = new List<string>();
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            var info = new FileInfo(file);
            if (relative == CarriedOver.FileName || info.LinkTarget is not null || relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            copied.Add(relative);
        }

        return copied;
    }
}
