using System.Text;
using System.Text.RegularExpressions;

namespace AnnualReport.Publishing;

/// <summary>
/// Reads what the two-pass table of contents needs from a PDF that Chromium (Skia) wrote: the page
/// order and the bookmarks with the page each points to. Skia writes the catalogue, page tree and
/// outline as plain (uncompressed) objects with a classic cross-reference table, which is all this
/// reads; it is not a general PDF parser.
/// </summary>
public sealed partial class PdfStructure
{
    private readonly string _text;
    private readonly Dictionary<int, string> _objects = [];

    private PdfStructure(string text)
    {
        _text = text;
        foreach (Match match in ObjectHeader().Matches(text))
        {
            var start = match.Index + match.Length;
            var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
            _objects[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)] = text[start..(end < 0 ? text.Length : end)];
        }
    }

    /// <summary>Bookmarks in document order: title, depth (0 for top level) and 1-based page number.</summary>
    public IReadOnlyList<(string Title, int Depth, int Page)> Outline { get; private set; } = [];

    public int PageCount { get; private set; }

    /// <summary>The named destinations (an element's id that a link points to) with their 1-based page.</summary>
    public IReadOnlyDictionary<string, int> Destinations { get; private set; } = new Dictionary<string, int>();

    public static PdfStructure Read(string path)
    {
        var structure = new PdfStructure(Encoding.Latin1.GetString(File.ReadAllBytes(path)));
        structure.Parse();
        return structure;
    }

    private void Parse()
    {
        var trailer = _text[_text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var catalogue = Object(Reference(trailer, "Root") ?? throw new InvalidDataException("PDF without /Root"));
        var pages = new List<int>();
        CollectPages(Reference(catalogue, "Pages") ?? throw new InvalidDataException("PDF without /Pages"), pages);
        PageCount = pages.Count;
        var pageIndex = pages.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i + 1);

        var outline = new List<(string, int, int)>();
        if (Reference(catalogue, "Outlines") is { } root && Reference(Object(root), "First") is { } first)
        {
            CollectOutline(first, 0, pageIndex, outline);
        }

        Outline = outline;

        // Chromium writes the targets of the document's own links as a /Dests dictionary of name → [page /XYZ …].
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Reference(catalogue, "Dests") is { } dests)
        {
            foreach (Match named in NamedDestination().Matches(Object(dests)))
            {
                if (pageIndex.TryGetValue(int.Parse(named.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), out var page))
                {
                    destinations[named.Groups[1].Value] = page;
                }
            }
        }

        Destinations = destinations;
    }

    private void CollectPages(int id, List<int> pages)
    {
        var node = Object(id);
        if (Kids().Match(node) is { Success: true } kids)
        {
            foreach (Match kid in ReferenceList().Matches(kids.Groups[1].Value))
            {
                CollectPages(int.Parse(kid.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), pages);
            }
        }
        else
        {
            pages.Add(id);
        }
    }

    private void CollectOutline(int id, int depth, Dictionary<int, int> pageIndex, List<(string, int, int)> outline)
    {
        for (int? item = id; item is { } current;)
        {
            var dictionary = Object(current);
            var title = TitleOf(dictionary);
            var page = Destination().Match(dictionary) is { Success: true } dest && pageIndex.TryGetValue(int.Parse(dest.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), out var p) ? p : 0;
            outline.Add((title, depth, page));
            if (Reference(dictionary, "First") is { } child)
            {
                CollectOutline(child, depth + 1, pageIndex, outline);
            }

            item = Reference(dictionary, "Next");
        }
    }

    private string Object(int id) => _objects.TryGetValue(id, out var body) ? body : throw new InvalidDataException($"PDF object {id} not found");

    private static int? Reference(string dictionary, string key) =>
        Regex.Match(dictionary, $@"/{key}\s+(\d+)\s+0\s+R") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string TitleOf(string dictionary)
    {
        var match = TitleString().Match(dictionary);
        if (!match.Success)
        {
            return string.Empty;
        }

        var value = match.Groups[1].Value;
        if (value.StartsWith('<'))
        {
            // Hex strings may be broken over lines (PDFsharp does, after the accessibility step).
            var hex = string.Concat(value[1..^1].Where(char.IsAsciiHexDigit));
            return hex.StartsWith("FEFF", StringComparison.OrdinalIgnoreCase)
                ? Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex[4..]))
                : Encoding.Latin1.GetString(Convert.FromHexString(hex));
        }

        return Regex.Replace(value[1..^1], @"\\(.)", "$1");
    }

    [GeneratedRegex(@"(?m)^(\d+) 0 obj\s*")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex ReferenceList();

    [GeneratedRegex(@"/([^\s/\[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R")]
    private static partial Regex NamedDestination();

    [GeneratedRegex(@"/Dest\s*\[\s*(\d+)\s+0\s+R")]
    private static partial Regex Destination();

    [GeneratedRegex(@"/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)")]
    private static partial Regex TitleString();
}
