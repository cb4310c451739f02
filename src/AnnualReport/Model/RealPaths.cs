namespace AnnualReport.Model;

/// <summary>
/// A path with every symbolic link on the way replaced by what it points to, as <c>realpath</c>
/// gives it; parts that do not exist are kept as they are. .NET resolves one link at a time, so
/// the walk is done here, with a bound on links followed so a loop of links ends.
/// </summary>
internal static class RealPaths
{
    private const int MaxLinks = 40;

    public static string Resolve(string fullPath)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(fullPath), ref links);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException("too many symbolic links");
                }

                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }
}
