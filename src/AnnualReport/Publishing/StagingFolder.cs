namespace AnnualReport.Publishing;

/// <summary>
/// A build writes into a hidden folder next to the target and moves it into place only when every
/// step succeeded, so a failed build leaves the previous output exactly as it was.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private bool _committed;

    public StagingFolder(string target)
    {
        Target = System.IO.Path.GetFullPath(target);
        var parent = System.IO.Path.GetDirectoryName(Target) ?? throw new ArgumentException("no parent folder", nameof(target));
        Directory.CreateDirectory(parent);
        Path = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(Target)}.building-{Environment.ProcessId}");
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder being written.</summary>
    public string Path { get; }

    /// <summary>Where the output ends up.</summary>
    public string Target { get; }

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

        Directory.Move(Path, Target);
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
            Directory.Delete(Path, recursive: true);
        }
    }
}
