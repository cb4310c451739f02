using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>Raw nodes for keys whose value may take several shapes (a word, a list or a mapping).</summary>
internal sealed partial class YamlMapReader
{
    /// <summary>The node of an optional key, marked as read; null when absent or empty.</summary>
    public YamlNode? OptionalNode(string key) => Child(key, required: false);

    /// <summary>An optional value that must be one of <paramref name="names"/>; <paramref name="fallback"/> when absent.</summary>
    public T OptionalEnum<T>(string key, IReadOnlyDictionary<string, T> names, T fallback) =>
        Node(key) is null ? MarkRead(key, fallback) : RequiredEnum(key, names, fallback);

    private T MarkRead<T>(string key, T value)
    {
        _read.Add(key);
        return value;
    }

    /// <summary>Where a node is written in this reader's file.</summary>
    public Model.SourceSpan SpanOf(YamlNode node) => SpanOf(node, _file);
}
