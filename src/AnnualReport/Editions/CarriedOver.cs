using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AnnualReport.Catalogue;
using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Editions;

/// <summary>
/// The record <c>new-edition</c> leaves in a new edition folder (<c>carried-over.yaml</c>): which
/// data and text files were copied from last year's edition, with each file's SHA-256 then. While a
/// file is unchanged it still holds last year's figures or words, and <c>validate</c> and
/// <c>build</c> warn about it (<c>carried-over</c>); replacing the file ends the warning, and so
/// does deleting its entry when the file is right as it is (a survey not repeated this year).
/// </summary>
public static class CarriedOver
{
    /// <summary>The file's name in the edition folder.</summary>
    public const string FileName = "carried-over.yaml";

    /// <summary>The SHA-256 of a file, in lower-case hex.</summary>
    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

    /// <summary>The record's text: the source edition, the date, and each file (relative to the edition folder, with '/') with its hash.</summary>
    public static string Write(int from, int to, DateOnly date, IEnumerable<(string Path, string Hash)> files)
    {
        var text = new StringBuilder();
        var header = Messages.Format("carried-over.header", ("to", to), ("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("from", from));
        foreach (var line in header.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append("# ").Append(line.TrimEnd()).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"from: {from}\n");
        text.Append("files:\n");
        foreach (var (path, hash) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  \"{path}\": {hash}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The warnings for an edition: one <c>carried-over</c> per listed file that is still unchanged,
    /// at that file. No record, no warnings; a record that cannot be read is an error at its place.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(EditionFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var record = files.Own(FileName);
        var diagnostics = new List<Diagnostic>();
        if (!File.Exists(record) || !YamlDocumentReader.TryRead(record, files.Display(record), diagnostics, out _, out var root) || root is null)
        {
            return diagnostics;
        }

        var display = files.Display(record);
        if (root is not YamlMappingNode map
            || !map.Children.TryGetValue(new YamlScalarNode("from"), out var fromNode) || fromNode is not YamlScalarNode { Value: { } fromText }
            || EditionFolders.YearOf(fromText) is not { } from
            || !map.Children.TryGetValue(new YamlScalarNode("files"), out var listNode) || listNode is not YamlMappingNode list)
        {
            diagnostics.Add(Diagnostic.Error("wrong-type", Messages.Format("carried-over.shape"), new SourceSpan(display, (int)root.Start.Line, (int)root.Start.Column)));
            return diagnostics;
        }

        foreach (var (key, value) in list.Children)
        {
            if (key is not YamlScalarNode { Value: { } path } || value is not YamlScalarNode { Value: { } hash })
            {
                diagnostics.Add(Diagnostic.Error("wrong-type", Messages.Format("carried-over.shape"), new SourceSpan(display, (int)key.Start.Line, (int)key.Start.Column)));
                continue;
            }

            // Only files inside the edition folder are looked at; anything else is not this record's.
            var full = files.Resolve(path, new SourceSpan(display, (int)key.Start.Line, (int)key.Start.Column), diagnostics);
            if (full is not null && File.Exists(full) && string.Equals(Hash(full), hash, StringComparison.OrdinalIgnoreCase))
            {
                var kind = path.StartsWith("text", StringComparison.Ordinal) && path.EndsWith(".yaml", StringComparison.Ordinal) ? "carried-over.text" : "carried-over.data";
                diagnostics.Add(Diagnostic.Warning("carried-over", Messages.Format(kind, ("from", from), ("record", display)), SourceSpan.ForFile(files.Display(full))));
            }
        }

        return diagnostics;
    }
}
