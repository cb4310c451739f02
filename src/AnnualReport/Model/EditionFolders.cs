using System.Globalization;
using AnnualReport.Localization;

namespace AnnualReport.Model;

/// <summary>
/// The editions of a project: one self-contained folder per year in <c>editions/</c>
/// (<c>editions/2025/indicators.yaml</c> with its text, data and geography beside it), so every
/// earlier edition stays rebuildable. Finds the edition a command works on.
/// </summary>
public static class EditionFolders
{
    /// <summary>The catalogue's file name in an edition folder.</summary>
    public const string CatalogueFile = "indicators.yaml";

    /// <summary>The editions of the project in <paramref name="projectDirectory"/>: the years whose folder has a catalogue, oldest first.</summary>
    public static IReadOnlyList<int> Years(string projectDirectory)
    {
        var folder = Path.Combine(projectDirectory, BuildOptions.EditionsFolder);
        return Directory.Exists(folder)
            ? [.. Directory.GetDirectories(folder)
                .Where(d => File.Exists(Path.Combine(d, CatalogueFile)))
                .Select(d => YearOf(Path.GetFileName(d)))
                .OfType<int>()
                .Order()]
            : [];
    }

    /// <summary>The edition folder of <paramref name="year"/> in the project.</summary>
    public static string Folder(string projectDirectory, int year) =>
        Path.Combine(projectDirectory, BuildOptions.EditionsFolder, year.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The catalogue a command works on: <paramref name="catalogue"/> when given (<c>--catalogue</c>),
    /// else the edition <paramref name="edition"/> (<c>--edition 2025</c>) of the project in the
    /// working folder, else its newest edition. A missing edition is one error naming the editions
    /// there are and how to start a new one.
    /// </summary>
    public static string Locate(string workingDirectory, string? edition, string? catalogue)
    {
        if (catalogue is not null && edition is not null)
        {
            throw new InputException(Diagnostic.Error("bad-option", Messages.Format("edition.twice"), SourceSpan.ForFile("--edition")));
        }

        if (catalogue is not null)
        {
            return Path.GetFullPath(catalogue, workingDirectory);
        }

        var years = Years(workingDirectory);
        var editions = Path.Combine(workingDirectory, BuildOptions.EditionsFolder);
        var shown = BuildOptions.EditionsFolder + "/";
        if (edition is null)
        {
            return years.Count > 0
                ? Path.Combine(Folder(workingDirectory, years[^1]), CatalogueFile)
                : throw new InputException(Diagnostic.Error("edition-not-found", Messages.Format(Directory.Exists(editions) ? "edition.none" : "edition.no-folder", ("folder", shown)), SourceSpan.ForFile(shown)));
        }

        if (YearOf(edition) is not { } year)
        {
            throw new InputException(Diagnostic.Error("bad-option", Messages.Format("edition.bad-year", ("option", "--edition"), ("value", SafeText.Excerpt(edition, 40))), SourceSpan.ForFile("--edition")));
        }

        var path = Path.Combine(Folder(workingDirectory, year), CatalogueFile);
        if (File.Exists(path))
        {
            return path;
        }

        var where = SourceSpan.ForFile($"{shown}{edition}");
        var existing = Messages.Format("edition.existing", ("n", years.Count), ("years", string.Join(", ", years)));
        throw new InputException(Directory.Exists(Folder(workingDirectory, year))
            ? Diagnostic.Error("edition-not-found", Messages.Format("edition.no-catalogue", ("folder", $"{shown}{edition}/"), ("file", CatalogueFile)), where)
            : Diagnostic.Error("edition-not-found", Messages.Format("edition.missing", ("year", year), ("folder", shown), ("existing", existing)), where));
    }

    /// <summary>The year an edition folder is named after, when the catalogue lies in <c>editions/&lt;year&gt;/</c>.</summary>
    public static int? FolderYear(string cataloguePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(cataloguePath));
        var parent = folder is null ? null : Path.GetDirectoryName(folder);
        return parent is not null && string.Equals(Path.GetFileName(parent), BuildOptions.EditionsFolder, StringComparison.Ordinal)
            ? YearOf(Path.GetFileName(folder!))
            : null;
    }

    /// <summary>A four-digit year, written as such (no sign, no spaces).</summary>
    public static int? YearOf(string text) =>
        text.Length == 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900
            ? year
            : null;
}
