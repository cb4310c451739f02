using System.Diagnostics;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// A build writes into a hidden folder next to the target and moves it into place only when every
/// step succeeded, so a failed build leaves the previous output exactly as it was. Every folder
/// the program writes carries <see cref="OutputGuard.MarkerFile"/>; only such a folder (or an empty
/// one) is ever replaced, and staging folders left by a killed build are removed by the next one.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private const string BuildingInfix = ".building-";

    private bool _committed;

    /// <param name="target">The output folder; check it with <see cref="OutputGuard.Check"/> first.</param>
    public StagingFolder(string target)
    {
        Target = System.IO.Path.GetFullPath(target);
        var parent = System.IO.Path.GetDirectoryName(Target) ?? throw new ArgumentException("no parent folder", nameof(target));
        Directory.CreateDirectory(parent);
        RemoveStale(Target);
        Path = StagingPath(Target, Environment.ProcessId);
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        try
        {
            Directory.CreateDirectory(Path);
            OutputGuard.Mark(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full or read-only disk can fail the very first write; the half-made folder goes too.
            Dispose();
            throw;
        }
    }

    /// <summary>The folder being written.</summary>
    public string Path { get; }

    /// <summary>Where the output ends up.</summary>
    public string Target { get; }

    /// <summary>The staging folder a process with <paramref name="processId"/> writes for <paramref name="target"/>.</summary>
    public static string StagingPath(string target, int processId)
    {
        var full = System.IO.Path.GetFullPath(target);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, $".{System.IO.Path.GetFileName(full)}{BuildingInfix}{processId}");
    }

    /// <summary>
    /// Removes the staging folders (and moved-aside old outputs) of builds for <paramref name="target"/>
    /// whose process is gone: a build that was killed cannot clean up after itself. Only folders
    /// that carry the program's marker are touched.
    /// </summary>
    public static IReadOnlyList<string> RemoveStale(string target)
    {
        var full = System.IO.Path.GetFullPath(target);
        var parent = System.IO.Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent))
        {
            return [];
        }

        var prefix = $".{System.IO.Path.GetFileName(full)}{BuildingInfix}";
        var removed = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var rest = System.IO.Path.GetFileName(folder)[prefix.Length..];
            var digits = rest.EndsWith(".old", StringComparison.Ordinal) ? rest[..^4] : rest;
            if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                || new DirectoryInfo(folder).LinkTarget is not null
                || !OutputGuard.IsMarked(folder)
                || IsAlive(pid, Directory.GetCreationTimeUtc(folder)))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
                removed.Add(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another build may be removing it at the same moment; the next build tries again.
            }
        }

        return removed;
    }

    /// <summary>Replaces the target with the finished staging folder.</summary>
    public void Commit()
    {
        // Two renames: the old output is moved aside before the new one takes its name, and only
        // deleted once the new one is in place.
        var old = Path + ".old";
        if (Directory.Exists(Target))
        {
            Directory.Move(Target, old);
        }

        try
        {
            Directory.Move(Path, Target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Put the previous output back before reporting: never lose it.
            if (Directory.Exists(old) && !Directory.Exists(Target))
            {
                Directory.Move(old, Target);
            }

            throw;
        }

        _committed = true;
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Cleaning up must not hide the error that got us here; the next build removes it.
            }
        }
    }

    // A process id can be reused: a process that started after the folder was made is not its owner.
    private static bool IsAlive(int pid, DateTime createdUtc)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && process.StartTime.ToUniversalTime() <= createdUtc.AddSeconds(1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }
}
