using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// Eurostat's asynchronous answers. A request too large to prepare at once is not refused: the
/// API answers that the data will come later (Eurostat, "API - Detailed guidelines -
/// Asynchronous API": step 1 a response "indicating asynchronous delivery pattern, with a unique
/// key"; step 2 ask <c>/1.0/async/status/{key}</c> at intervals, which says SUBMITTED,
/// PROCESSING, AVAILABLE, EXPIRED or UNKNOWN_REQUEST; step 3 take the data from
/// <c>/1.0/async/data/{key}</c>). The statistics API writes that answer as JSON-stat's
/// <c>warning</c> (<c>{"warning": {"status": 413, "label": "ASYNCHRONOUS_RESPONSE…"}}</c>,
/// as clients of it report), and the SDMX API as XML with the key. With a key the status is asked
/// for; without one the same request is sent again, which Eurostat answers from its cache once
/// the extraction is ready. Both within limits: back-off from <see cref="FetchSettings.AsyncFirstWait"/>
/// doubling up to <see cref="FetchSettings.AsyncMaxInterval"/>, and no more than
/// <see cref="FetchSettings.AsyncMaxWait"/> in all; then the table is given up, its old files kept.
/// </summary>
internal static partial class EurostatAsync
{
    public static async Task<byte[]> ReceiveAsync(ApiClient client, Uri site, ApiRequest request, byte[] answer, CancellationToken cancellationToken)
    {
        // Data is not parsed to look for the notice: a notice is small and says "warning" near its start.
        if (!MayBeNotice(answer) || Deferred(answer) is not { } deferred)
        {
            return answer;
        }

        var settings = client.Settings;
        var waited = TimeSpan.Zero;
        for (var poll = 1; ; poll++)
        {
            // At least a second between checks, and no more checks than MaxPolls, whatever the settings say.
            var wait = settings.AsyncWaitBefore(poll) is var w && w < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : w;
            if (waited + wait > settings.AsyncMaxWait || poll > MaxPolls)
            {
                throw new FetchException(Messages.Format("fetch.async-timeout", ("seconds", (int)waited.TotalSeconds), ("polls", poll - 1), ("key", deferred.Key ?? "–")));
            }

            await client.Clock.Delay(wait, cancellationToken);
            waited += wait;
            if (deferred.Key is not { } key)
            {
                var again = await client.SendAsync(request, cancellationToken);
                if (Deferred(again) is null)
                {
                    return again;
                }

                continue;
            }

            var status = Status(await client.SendAsync(new ApiRequest(Endpoint(site, "status", key)), cancellationToken));
            switch (status)
            {
                case "AVAILABLE":
                    return Unpack(await client.SendAsync(new ApiRequest(Endpoint(site, "data", key)), cancellationToken));
                case "SUBMITTED" or "PROCESSING":
                    continue;
                default:
                    throw new FetchException(Messages.Format("fetch.async-failed", ("status", SafeText.Excerpt(status ?? "?", 40)), ("key", key)));
            }
        }
    }

    /// <summary>The most status checks of one table (at the default settings the 10 minutes run out after 14).</summary>
    private const int MaxPolls = 100;

    /// <summary>Whether an answer can be the notice at all: small, with "warning" or a status element in its first 8 KB.</summary>
    private static bool MayBeNotice(byte[] answer)
    {
        var head = Encoding.UTF8.GetString(answer, 0, Math.Min(answer.Length, 8192));
        return answer.Length <= 1 << 20 && (head.Contains("\"warning\"", StringComparison.Ordinal) || head.Contains("status", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The answer when it says the data comes later, with its key if it gives one; null for data (or an answer that is no such notice).</summary>
    internal static Deferral? Deferred(byte[] answer)
    {
        var head = Encoding.UTF8.GetString(answer, 0, Math.Min(answer.Length, 8192)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('<'))
        {
            return XmlStatus().Match(head) is { Success: true } status && status.Groups[1].Value is "SUBMITTED" or "PROCESSING"
                ? new Deferral(XmlKey().Match(head) is { Success: true } key ? key.Groups[1].Value : null)
                : null;
        }

        try
        {
            using var document = JsonDocument.Parse(answer);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.TryGetProperty("value", out _) || !root.TryGetProperty("warning", out var warning) || warning.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var label = warning.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() ?? string.Empty : string.Empty;
            var is413 = warning.TryGetProperty("status", out var s) && ((s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var number) && number == 413) || (s.ValueKind == JsonValueKind.String && s.GetString() == "413"));
            if (!is413 && !label.Contains("ASYNCHRONOUS", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return new Deferral(Key(warning) ?? Key(root));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Key(JsonElement element) =>
        element.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String && SafeKey().IsMatch(key.GetString()!) ? key.GetString() : null;

    /// <summary>The status the async endpoint gives, as XML (<c>&lt;status&gt;AVAILABLE&lt;/status&gt;</c>) or JSON (<c>{"status": "AVAILABLE"}</c>).</summary>
    private static string? Status(byte[] answer)
    {
        var text = Encoding.UTF8.GetString(answer, 0, Math.Min(answer.Length, 8192));
        if (XmlStatus().Match(text) is { Success: true } xml)
        {
            return xml.Groups[1].Value;
        }

        try
        {
            using var document = JsonDocument.Parse(answer);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The async endpoint beside the statistics API: <c>…/api/dissemination/statistics/1.0</c> → <c>…/api/dissemination/1.0/async/status/{key}</c>.</summary>
    private static Uri Endpoint(Uri site, string kind, string key)
    {
        var text = site.AbsoluteUri.TrimEnd('/');
        var statistics = text.LastIndexOf("/statistics/", StringComparison.Ordinal);
        var root = statistics >= 0 ? text[..statistics] : text;
        return new Uri($"{root}/1.0/async/{kind}/{Uri.EscapeDataString(key)}");
    }

    /// <summary>The data as it comes from the async endpoint: as it is, gzip-compressed, or the first file of a zip archive; bounded like a data file.</summary>
    private static byte[] Unpack(byte[] data)
    {
        try
        {
            if (data is [0x1F, 0x8B, ..])
            {
                return Bounded(new GZipStream(new MemoryStream(data), CompressionMode.Decompress));
            }

            if (data is [(byte)'P', (byte)'K', ..])
            {
                using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
                return zip.Entries.FirstOrDefault() is { } entry ? Bounded(entry.Open()) : [];
            }
        }
        catch (InvalidDataException e)
        {
            throw new FetchException(Messages.Format("fetch.not-json-stat", ("detail", SafeText.Excerpt(e.Message, 200))), e);
        }

        return data;
    }

    private static byte[] Bounded(Stream stream)
    {
        using (stream)
        {
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > InputLimits.MaxDataBytes)
                {
                    throw new FetchException(Messages.Format("file.over-limit", ("limit", InputLimits.MaxDataBytes / (1024 * 1024))));
                }

                output.Write(chunk, 0, read);
            }

            return output.ToArray();
        }
    }

    [GeneratedRegex(@"<(?:[\w-]+:)?status>\s*([A-Z_]+)\s*</")]
    private static partial Regex XmlStatus();

    [GeneratedRegex(@"<(?:[\w-]+:)?key>\s*([\w-]{1,100})\s*</")]
    private static partial Regex XmlKey();

    [GeneratedRegex(@"^[\w-]{1,100}$")]
    private static partial Regex SafeKey();

    /// <summary>An answer that the data comes later; <see cref="Key"/> when it names where to ask.</summary>
    internal sealed record Deferral(string? Key);
}
