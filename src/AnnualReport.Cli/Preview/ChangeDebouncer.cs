using System.Threading.Channels;
using AnnualReport.Preview;

namespace AnnualReport.Cli.Preview;

/// <summary>
/// Gathers the file events of one save into one rebuild: an editor writes, renames and touches a
/// file several times per save, and a folder of data copied in is dozens of events. A batch ends
/// when no event came for <c>quiet</c>.
/// </summary>
internal sealed class ChangeDebouncer(TimeSpan quiet)
{
    private readonly Channel<(string Path, FileChange Kind)> _changes = Channel.CreateUnbounded<(string, FileChange)>();

    /// <summary>Adds one changed file; changes that mean nothing to the preview are dropped here.</summary>
    public void Add(string path, FileChange kind)
    {
        if (kind != FileChange.None)
        {
            _changes.Writer.TryWrite((path, kind));
        }
    }

    /// <summary>Waits for the next change, then for a quiet moment, and returns every file changed meanwhile (each once).</summary>
    public async Task<IReadOnlyList<(string Path, FileChange Kind)>> NextAsync(CancellationToken cancellationToken)
    {
        var batch = new List<(string Path, FileChange Kind)> { await _changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return batch.Distinct().ToList();
            }
        }
    }
}
