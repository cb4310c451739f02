namespace AnnualReport.Publishing;

/// <summary>
/// A build of one language (<c>--language nn</c>) replaces the whole output folder like any other
/// build, so the other languages' folders of the existing output are copied into the staging
/// folder first: they come out unchanged, and the previous output stays whole until the commit.
/// </summary>
public static class LanguageFolders
{
    /// <summary>Copies <c>&lt;target&gt;/&lt;code&gt;/</c> into the staging folder for each code that exists there; returns the codes copied.</summary>
    public static IReadOnlyList<string> CarryOver(string target, string staging, IEnumerable<string> codes)
    {
        // Only a folder this program wrote is read from (OutputGuard has checked the target).
        if (!OutputGuard.IsMarked(target))
        {
            return [];
        }

        var kept = new List<string>();
        foreach (var code in codes)
        {
            var source = new DirectoryInfo(Path.Combine(target, code));
            if (source.Exists && source.LinkTarget is null)
            {
                Copy(source, Path.Combine(staging, code));
                kept.Add(code);
            }
        }

        return kept;
    }

    // The program writes no links; one found in its output is skipped rather than followed out of the folder.
    private static void Copy(DirectoryInfo source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var entry in source.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            if (entry is DirectoryInfo folder)
            {
                Copy(folder, Path.Combine(destination, folder.Name));
            }
            else if (entry is FileInfo file)
            {
                file.CopyTo(Path.Combine(destination, file.Name));
            }
        }
    }
}
