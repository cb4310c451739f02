using AnnualReport.Localization;

namespace AnnualReport.Model;

/// <summary>
/// The files of one edition: the edition folder that data, geography and curated text are read
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

    /// <summary>The edition folder, <c>editions/&lt;year&gt;/</c>.</summary>
    public string ContentDirectory { get; }

    /// <summary>Paths in messages are shown relative to this folder (the user's working folder).</summary>
    public string DisplayBase { get; }

    /// <summary>Whether the user allowed input from outside the edition folder.</summary>
    public bool AllowOutside { get; }

    /// <summary>For tests and tools: an edition folder whose paths are shown relative to itself.</summary>
    public static EditionFiles For(string contentDirectory) => new(contentDirectory, contentDirectory);

    /// <summary>The path as shown in messages.</summary>
    public string Display(string path) => Shown(DisplayBase, Path.GetFullPath(path, ContentDirectory));

    /// <summary>A path relative to <paramref name="displayBase"/> when it lies below it, else the full path (never a chain of <c>../</c>).</summary>
    public static string Shown(string displayBase, string fullPath)
    {
        var relative = Path.GetRelativePath(displayBase, fullPath);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    /// <summary>The edition folder's own file <paramref name="name"/> (such as text.yaml).</summary>
    public string Own(string name) => Path.Combine(ContentDirectory, name);

    /// <summary>
    /// The full path of a file the catalogue names (relative to the edition folder), or null after
    /// reporting why it may not be read: a name with control characters (<c>unsafe-name</c>), or,
    /// unless <see cref="AllowOutside"/>, an absolute path, one that climbs out of the content
    /// folder, or one through a symbolic link (the file or a folder on the way) that leads out of it
    /// (<c>path-outside-edition</c>). A catalogue from someone else must not be able to read
    /// <c>/etc/passwd</c> or a key file into the published figures or an error message.
    /// </summary>
    public string? Resolve(string declared, SourceSpan where, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (declared.Any(char.IsControl))
        {
            diagnostics.Add(Diagnostic.Error("unsafe-name", Messages.Format("path.control-characters", ("path", SafeText.Excerpt(declared))), where));
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(ContentDirectory, declared));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            diagnostics.Add(Diagnostic.Error("unsafe-name", Messages.Format("path.invalid", ("path", SafeText.Excerpt(declared))), where));
            return null;
        }

        if (AllowOutside)
        {
            return full;
        }

        var why = IsAbsolute(declared) ? "path.outside.absolute"
            : !PathRules.IsSameOrInside(full, ContentDirectory) ? "path.outside.climbs"
            : !StaysInside(full) ? "path.outside.link"
            : null;
        if (why is null)
        {
            return full;
        }

        diagnostics.Add(Diagnostic.Error("path-outside-edition", Messages.Format(why, ("path", SafeText.Excerpt(declared)), ("folder", Display(ContentDirectory))), where));
        return null;
    }

    // Rooted on any system, so a catalogue written on Windows is judged the same on Linux.
    private static bool IsAbsolute(string declared) =>
        Path.IsPathRooted(declared) || declared.StartsWith('\\') || declared.StartsWith('/') || (declared.Length >= 2 && char.IsAsciiLetter(declared[0]) && declared[1] == ':');

    private bool StaysInside(string full)
    {
        try
        {
            return PathRules.IsSameOrInside(RealPaths.Resolve(full), RealPaths.Resolve(ContentDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A loop of links, or a link that may not be read: nothing to follow safely.
            return false;
        }
    }
}
