namespace AnnualReport.Model;

/// <summary>
/// Where templates, style sheets and phrase books are read from: the shared template folder, and
/// optionally an edition's own <c>templates/</c> folder, whose files replace the shared files of the
/// same path (and whose phrases replace the shared phrases of the same key). An edition thus
/// changes one template or one phrase without copying the rest.
/// </summary>
public sealed class TemplateFolders
{
    public TemplateFolders(string shared, string? edition = null)
    {
        Shared = Path.GetFullPath(shared);
        Edition = edition is not null && Directory.Exists(edition) ? Path.GetFullPath(edition) : null;
    }

    /// <summary>The shared template folder.</summary>
    public string Shared { get; }

    /// <summary>The edition's own template folder, when it has one.</summary>
    public string? Edition { get; }

    /// <summary>The folders, the shared one first and the edition's (which wins) last.</summary>
    public IReadOnlyList<string> Roots => Edition is null ? [Shared] : [Shared, Edition];

    /// <summary>A folder name is enough where an edition has no templates of its own.</summary>
    public static implicit operator TemplateFolders(string shared) => new(shared);

    /// <summary>
    /// The files matching <paramref name="pattern"/> in <paramref name="subfolder"/> of every root,
    /// an edition's file replacing the shared file of the same name, in ordinal name order.
    /// </summary>
    public IReadOnlyList<string> Files(string subfolder, string pattern)
    {
        var byName = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in Roots)
        {
            var folder = Path.Combine(root, subfolder);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, pattern))
                {
                    byName[Path.GetFileName(file)] = file;
                }
            }
        }

        return [.. byName.Values];
    }

    /// <summary>The folder <paramref name="subfolder"/> in each root where it exists, the shared one first.</summary>
    public IReadOnlyList<string> Existing(string subfolder) =>
        [.. Roots.Select(root => Path.Combine(root, subfolder)).Where(Directory.Exists)];
}
