using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Fetching;

/// <summary>
/// Writes and reads a <see cref="FetchRecord"/> as YAML. Reading is lenient by design: a record
/// that is missing, edited beyond reading or from another version is no record (the next fetch
/// downloads the table again, and the publication names no retrieval).
/// </summary>
public static class FetchRecordFile
{
    public static string Write(FetchRecord record)
    {
        var root = new YamlMappingNode
        {
            { "api", record.Api },
            { "site", record.Site },
            { "table", Quoted(record.Table) },
        };
        if (record.Language is not null)
        {
            root.Add("lang", Quoted(record.Language));
        }

        root.Add("selection", Quoted(record.Selection));
        var requests = new YamlSequenceNode();
        foreach (var request in record.Requests)
        {
            var item = new YamlMappingNode { { "url", request.Url } };
            if (request.Body is not null)
            {
                item.Add("body", Quoted(request.Body));
            }

            item.Add("sha256", request.Sha256);
            requests.Add(item);
        }

        root.Add("requests", requests);
        root.Add("retrieved", record.Retrieved.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        if (record.Updated is not null)
        {
            root.Add("updated", Quoted(record.Updated));
        }

        root.Add("sha256", record.Sha256);
        var text = new StringBuilder("# ").Append(Localization.Messages.Format("fetch.record-header")).Append('\n');
        using var writer = new StringWriter(text, CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return text.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The record in <paramref name="path"/>; null when there is none or it cannot be read.</summary>
    public static FetchRecord? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path, Encoding.UTF8);
            stream.Load(reader);
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return null;
            }

            var requests = root.Children.TryGetValue(new YamlScalarNode("requests"), out var list) && list is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlMappingNode>().Select(r => new FetchedRequest(Text(r, "url") ?? string.Empty, Text(r, "body"), Text(r, "sha256") ?? string.Empty)).ToList()
                : [];
            var retrieved = DateTimeOffset.TryParse(Text(root, "retrieved"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when) ? when : (DateTimeOffset?)null;
            return Text(root, "api") is { } api && Text(root, "site") is { } site && Text(root, "table") is { } table && Text(root, "sha256") is { } sha && retrieved is { } at
                ? new FetchRecord(api, site, table, Text(root, "lang"), Text(root, "selection") ?? string.Empty, requests, at, Text(root, "updated"), sha)
                : null;
        }
        catch (Exception e) when (e is YamlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? value : null;

    private static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };
}
