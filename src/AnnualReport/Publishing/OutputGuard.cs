using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// Decides whether a folder may be replaced by a build. The program replaces only a folder it
/// wrote itself (it carries <see cref="MarkerFile"/>) or an empty one; never a file, a file-system
/// root, a symbolic link, a folder holding the edition's own input, or a folder with anything else
/// in it. The check runs before anything is written, so a refused build touches nothing.
/// </summary>
public static class OutputGuard
{
    /// <summary>The file that marks a folder as the program's output.</summary>
    public const string MarkerFile = ".annual-report-output";

    private const string MarkerText = "This folder was written by AnnualReport and is replaced whole by the next build.\n";

    /// <summary>
    /// Throws <see cref="InputException"/> (code <c>unsafe-output</c>, at <paramref name="option"/>)
    /// when <paramref name="target"/> may not be replaced. <paramref name="inputs"/> are the folders
    /// and files the build reads (catalogue, content, templates, fonts).
    /// </summary>
    public static void Check(string target, IEnumerable<string> inputs, string option = "--out")
    {
        var full = Path.GetFullPath(target);
        InputException Refuse(string key, string? other = null) => new(Diagnostic.Error("unsafe-output", Messages.Format(key, ("folder", full), ("other", other), ("marker", MarkerFile)), SourceSpan.ForFile(option)));

        if (Path.GetDirectoryName(full) is null)
        {
            throw Refuse("output.root");
        }

        if (File.Exists(full))
        {
            throw Refuse("output.file");
        }

        // A parent that is a file can never hold the folder (--out report.pdf/site).
        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                throw Refuse("output.under-file", parent);
            }
        }

        var info = new DirectoryInfo(full);
        if (info.Exists && info.LinkTarget is not null)
        {
            throw Refuse("output.link");
        }

        foreach (var input in inputs.Select(Path.GetFullPath))
        {
            if (PathRules.IsSameOrInside(input, full))
            {
                throw Refuse("output.holds-input", input);
            }

            if (Directory.Exists(input) && PathRules.IsSameOrInside(full, input))
            {
                throw Refuse("output.inside-input", input);
            }
        }

        if (info.Exists && !IsMarked(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw Refuse("output.not-ours");
        }
    }

    /// <summary>Whether the folder carries the program's marker (a plain file, not a link).</summary>
    public static bool IsMarked(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, MarkerFile));
        return marker.Exists && marker.LinkTarget is null;
    }

    /// <summary>Marks a folder as the program's own.</summary>
    public static void Mark(string folder) => File.WriteAllText(Path.Combine(folder, MarkerFile), MarkerText);
}
