namespace AnnualReport.Model;

/// <summary>Where a path lies relative to a folder: the one rule that input resolution and the output guard share.</summary>
public static class PathRules
{
    /// <summary>
    /// Whether the full path <paramref name="path"/> is <paramref name="folder"/> or lies below it;
    /// names compare without regard to case where the file system does (Windows, macOS).
    /// </summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmedFolder = Path.TrimEndingDirectorySeparator(folder);
        var trimmedPath = Path.TrimEndingDirectorySeparator(path);
        // A root keeps its separator when trimmed ("/", "C:\\").
        var prefix = Path.EndsInDirectorySeparator(trimmedFolder) ? trimmedFolder : trimmedFolder + Path.DirectorySeparatorChar;
        return trimmedPath.Equals(trimmedFolder, comparison) || trimmedPath.StartsWith(prefix, comparison);
    }
}
