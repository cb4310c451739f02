namespace AnnualReport.Model;

/// <summary>
/// The files of one edition: the content folder that data, geography and curated text are read
/// from, and the folder that paths in messages are shown relative to. Every path the catalogue
/// names is resolved here, so the rules on where input may come from live in one place.
/// </summary>
public sealed class EditionFiles
{
    public EditionFiles(string contentDirectory, string displayBase, bool allowOutside = false)
    {
        ContentDirectory = Path.GetFullPath(contentDirectory);
        DisplayBase = Path.GetFullPath(displayBase);
        AllowOutside = allowOutside;
    }

    /// <summary>The edition's content folder, <c>content/&lt;year&gt;/</c>.</summary>
    public string ContentDirectory { get; }

    /// <summary>Paths in messages are shown relative to this folder (the user's working folder).</summary>
    public string DisplayBase { get; }

    /// <summary>Whether the user allowed input from outside the content folder.</summary>
    public bool AllowOutside { get; }

    /// <summary>For tests and tools: a content folder whose paths are shown relative to itself.</summary>
    public static EditionFiles For(string contentDirectory) => new(contentDirectory, contentDirectory);

    /// <summary>The path as shown in messages.</summary>
    public string Display(string path) => Shown(DisplayBase, Path.GetFullPath(path, ContentDirectory));

    /// <summary>A path relative to <paramref name="displayBase"/> when it lies below it, else the full path (never a chain of <c>../</c>).</summary>
    public static string Shown(string displayBase, string fullPath)
    {
        var relative = Path.GetRelativePath(displayBase, fullPath);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    /// <summary>The content folder's own file <paramref name="name"/> (such as text.yaml).</summary>
    public string Own(string name) => Path.Combine(ContentDirectory, name);

    /// <summary>
    /// The full path of a file the catalogue names (relative to the content folder), or null after
    /// reporting why it may not be read.
    /// </summary>
    public string? Resolve(string declared, SourceSpan where, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Path.GetFullPath(Path.Combine(ContentDirectory, declared));
    }
}
