using AnnualReport.Preview;

namespace AnnualReport.Cli.Preview;

/// <summary>
/// Watches the edition's input folders (<see cref="PreviewInputs.Folders"/>) and hands every
/// changed file, classified, to a <see cref="ChangeDebouncer"/>. A lost event (the system's buffer
/// overflowed) counts as a change of the catalogue: everything is built again.
/// </summary>
internal sealed class EditionWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public EditionWatcher(PreviewInputs inputs, ChangeDebouncer debouncer)
    {
        Inputs = inputs;
        foreach (var (folder, recursive) in inputs.Folders.Where(f => Directory.Exists(f.Folder)))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = recursive,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            void Changed(string path) => debouncer.Add(path, inputs.Classify(path));
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Changed(e.OldFullPath);
                Changed(e.FullPath);
            };
            watcher.Error += (_, _) => debouncer.Add(inputs.Catalogue, FileChange.Catalogue);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>What is watched.</summary>
    public PreviewInputs Inputs { get; }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
