namespace AnnualReport.Preview;

/// <summary>
/// What the preview watches and where it writes: the catalogue, the edition folder (curated text,
/// data, geography), the template folders (the shared one and the edition's own), and its own
/// output folder beside the real one (<c>output/&lt;year&gt;-preview/</c>), which it never mistakes
/// for input.
/// </summary>
public sealed record PreviewInputs(string Catalogue, string Content, IReadOnlyList<string> Templates, string Output)
{
    /// <summary>The folders to watch: every input folder, and the catalogue's own folder (not below it) for the catalogue.</summary>
    public IReadOnlyList<(string Folder, bool Recursive)> Folders =>
        [.. new[] { (Content, true) }.Concat(Templates.Select(t => (t, true))).Append((Path.GetDirectoryName(Catalogue)!, false)).DistinctBy(f => f.Item1, StringComparer.Ordinal)];

    /// <summary>
    /// What a change to <paramref name="path"/> means for the preview: its own output, an editor's
    /// temporary file and files outside the edition mean nothing (<see cref="FileChange.None"/>).
    /// </summary>
    public FileChange Classify(string path)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileName(full);
        if (Below(full, Output) || IsEditorScratch(name))
        {
            return FileChange.None;
        }

        if (full == Path.GetFullPath(Catalogue))
        {
            return FileChange.Catalogue;
        }

        // The edition's own templates folder (editions/<year>/templates/) lies inside the edition folder.
        if (Templates.Any(t => Below(full, t)))
        {
            return FileChange.Templates;
        }

        if (Below(full, Content))
        {
            return Path.GetDirectoryName(full) == Path.GetFullPath(Content) && IsTextFile(name) ? FileChange.Text : FileChange.Data;
        }

        return FileChange.None;
    }

    /// <summary>The curated text files of an edition: <c>text.yaml</c> and <c>text.&lt;language&gt;.yaml</c> in its edition folder.</summary>
    public static bool IsTextFile(string name) =>
        name.StartsWith("text.", StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal) && name.Count(c => c == '.') <= 2;

    // Editors save through files of their own: vim's 4913 and .swp, emacs' .#lock and #auto#, backups ending in ~.
    private static bool IsEditorScratch(string name) =>
        name.Length == 0 || name == "4913" || name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || (name.StartsWith('#') && name.EndsWith('#'))
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    private static bool Below(string path, string folder)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(root, StringComparison.Ordinal) || path == root.TrimEnd(Path.DirectorySeparatorChar);
    }
}
