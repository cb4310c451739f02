using System.Security.Cryptography;
using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// Fetches one file: asks the API for the table's metadata, skips the download when the table's
/// last-updated date, the query and the file are as recorded (unless forced), downloads the
/// selection in parts within the cells limit, merges them, checks that the result reads as
/// JSON-stat, and only then moves the file and its provenance record into place. A failure at any
/// step leaves the previous files untouched.
/// </summary>
public sealed class TableFetcher(ApiClient client, IFetchClock clock)
{
    private readonly Dictionary<string, ApiLimits> _limits = new(StringComparer.Ordinal);

    public async Task<FetchOutcome> FetchAsync(FetchJob job, bool force, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(job, force, cancellationToken);
        }
        catch (FetchException e)
        {
            return new FetchOutcome(job, FetchStatus.Failed, null, null, e.Message, e.Input);
        }
    }

    private async Task<FetchOutcome> RunAsync(FetchJob job, bool force, CancellationToken cancellationToken)
    {
        var source = job.Source;
        var api = TableApis.For(source);
        var limits = await LimitsAsync(api, source, cancellationToken);
        var metadata = await api.MetadataAsync(client, cancellationToken);
        var recordPath = FetchRecord.PathFor(job.Path);
        var previous = FetchRecordFile.TryRead(recordPath);
        var onDisk = File.Exists(job.Path) ? Hash(await File.ReadAllBytesAsync(job.Path, cancellationToken)) : null;
        var query = new FetchRecord(Name(source.Api), source.Site, source.Table, source.Language, Selection(source), [], clock.UtcNow, null, string.Empty);
        var asRecorded = previous is not null && previous.SameQuery(query) && onDisk == previous.Sha256;
        if (!force && asRecorded && metadata?.Updated is { } updated && updated == previous!.Updated)
        {
            return new FetchOutcome(job, FetchStatus.Unchanged, null, previous, null);
        }

        var plan = QueryPlanner.Plan(source, metadata, limits);
        var requests = new List<FetchedRequest>();
        var parts = new List<byte[]>();
        foreach (var part in plan.Parts)
        {
            var request = api.DataRequest(part);
            var body = await api.ReceiveAsync(client, request, await client.SendAsync(request, cancellationToken), cancellationToken);
            parts.Add(body);
            requests.Add(new FetchedRequest(request.Url.AbsoluteUri, request.JsonBody, Hash(body)));
        }

        var content = plan.SplitDimension is { } along ? JsonStatMerger.Merge(parts, along) : parts[0];
        var hash = Hash(content);
        if (!force && asRecorded && hash == previous!.Sha256)
        {
            return new FetchOutcome(job, FetchStatus.Unchanged, null, previous, null);
        }

        var record = query with
        {
            Requests = requests,
            Updated = metadata?.Updated ?? JsonBody.Read(content, JsonStatMetadata.Read, new Uri(requests[0].Url)).Updated,
            Sha256 = hash,
        };
        return await WriteAsync(job, content, record, cancellationToken);
    }

    private async Task<FetchOutcome> WriteAsync(FetchJob job, byte[] content, FetchRecord record, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(job.Path)!;
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $".{Path.GetFileName(job.Path)}.fetching-{Environment.ProcessId}");
        var data = stem + ".json";
        var provenance = stem + ".provenance.yaml";
        try
        {
            await File.WriteAllBytesAsync(data, content, cancellationToken);
            var diagnostics = new List<Diagnostic>();
            var fresh = new JsonStatReader().Read(new InputFile(data, job.Display), diagnostics);
            if (fresh is null || diagnostics.Any(d => d.Severity == Severity.Error))
            {
                var first = diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? string.Empty;
                throw new FetchException(Messages.Format("fetch.not-json-stat", ("detail", SafeText.Excerpt(first, 200))));
            }

            var existed = File.Exists(job.Path);
            var old = existed ? new JsonStatReader().Read(InputFile.At(job.Path), []) : null;
            var diff = old is null ? null : CubeDiffer.Compare(old, fresh);
            await File.WriteAllTextAsync(provenance, FetchRecordFile.Write(record), cancellationToken);
            File.Move(data, job.Path, overwrite: true);
            File.Move(provenance, FetchRecord.PathFor(job.Path), overwrite: true);
            return new FetchOutcome(job, existed ? FetchStatus.Updated : FetchStatus.New, diff, record, null);
        }
        finally
        {
            File.Delete(data);
            File.Delete(provenance);
        }
    }

    private async Task<ApiLimits> LimitsAsync(ITableApi api, FetchSource source, CancellationToken cancellationToken)
    {
        var key = $"{source.Api}|{source.Site}";
        if (!_limits.TryGetValue(key, out var limits))
        {
            limits = await api.LimitsAsync(client, cancellationToken);
            _limits[key] = limits;
            client.Limit(new Uri(source.Site), limits);
        }

        return limits;
    }

    /// <summary>The selection as one line, as the record keeps it.</summary>
    public static string Selection(FetchSource source) =>
        string.Join("; ", source.Select.Select(s => $"{s.Dimension}={s.Expression?.ToString() ?? string.Join(',', s.Codes)}"));

    public static string Name(FetchApi api) => api switch
    {
        FetchApi.PxWebApi2 => "pxwebapi2",
        FetchApi.PxWebApi1 => "pxweb1",
        _ => "eurostat",
    };

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
