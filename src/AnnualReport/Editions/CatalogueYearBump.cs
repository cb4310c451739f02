using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AnnualReport.Catalogue;
using AnnualReport.Model;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Editions;

/// <summary>
/// Moves a catalogue's text to the next edition's year without touching anything else in the file
/// (comments, layout, quoting): <c>edition.year</c> becomes the new year, and the old year is
/// replaced where it names the edition (the edition's title, subtitle and PDF name, and the municipal
/// products' title). Every other mention of the old year is left as it is and listed, because a
/// source citing last year's report or a note about a past year must not change by itself.
/// </summary>
public static class CatalogueYearBump
{
    private static readonly string[][] Named =
    [
        ["edition", "title"],
        ["edition", "subtitle"],
        ["edition", "pdf"],
        ["municipalities", "title"],
    ];

    /// <summary>A catalogue text with the new year, what was changed and what still names the old year.</summary>
    public sealed record Result(string Text, IReadOnlyList<Change> Changed, IReadOnlyList<Change> Left);

    /// <summary>One scalar of the catalogue: where it is, and its text before and after.</summary>
    public sealed record Change(int Line, string Path, string Before, string After);

    /// <summary>Bumps the catalogue at <paramref name="path"/> from <paramref name="from"/> to <paramref name="to"/>; null after adding the diagnostics when it cannot be read.</summary>
    public static Result? Bump(string path, string display, int from, int to, List<Diagnostic> diagnostics)
    {
        if (!YamlDocumentReader.TryRead(path, display, diagnostics, out var text, out var root) || root is not YamlMappingNode map)
        {
            return null;
        }

        var old = YearPattern(from);
        var edits = new List<(YamlScalarNode Node, string Path, string Replacement)>();
        if (Child(map, "edition") is YamlMappingNode edition && Child(edition, "year") is YamlScalarNode year)
        {
            edits.Add((year, Join("edition", "year"), to.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var named in Named)
        {
            if (Child(map, named[0]) is YamlMappingNode parent && Child(parent, named[1]) is { } node)
            {
                foreach (var (scalar, where) in Scalars(node, $"{named[0]}.{named[1]}"))
                {
                    var raw = Raw(text, scalar);
                    if (old.IsMatch(raw))
                    {
                        edits.Add((scalar, where, old.Replace(raw, to.ToString(CultureInfo.InvariantCulture))));
                    }
                }
            }
        }

        var bumped = edits.Select(e => e.Node).ToHashSet();
        var left = Scalars(map, string.Empty)
            .Where(s => !bumped.Contains(s.Node) && s.Node.Value is { } value && old.IsMatch(value))
            .Select(s => new Change(Line(s.Node), s.Path, s.Node.Value!, s.Node.Value!))
            .ToList();

        var result = new StringBuilder(text);
        foreach (var (node, _, replacement) in edits.OrderByDescending(e => e.Node.Start.Index))
        {
            result.Remove((int)node.Start.Index, (int)(node.End.Index - node.Start.Index)).Insert((int)node.Start.Index, replacement);
        }

        var changed = edits.OrderBy(e => e.Node.Start.Index).Select(e => new Change(Line(e.Node), e.Path, Raw(text, e.Node), e.Replacement)).ToList();
        return new Result(result.ToString(), changed, left);
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static string Raw(string text, YamlScalarNode node) => text[(int)node.Start.Index..(int)node.End.Index];

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static IEnumerable<(YamlScalarNode Node, string Path)> Scalars(YamlNode node, string path) => node switch
    {
        YamlScalarNode scalar => [(scalar, path)],
        YamlMappingNode map => map.Children.SelectMany(c => Scalars(c.Value, Join(path, (c.Key as YamlScalarNode)?.Value ?? "?"))),
        YamlSequenceNode list => list.Children.SelectMany((c, i) => Scalars(c, $"{path}[{(c is YamlMappingNode item && Child(item, "id") is YamlScalarNode { Value: { } id } ? id : i.ToString(CultureInfo.InvariantCulture))}]")),
        _ => [],
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static Regex YearPattern(int year) => new($@"(?<![0-9]){year.ToString(CultureInfo.InvariantCulture)}(?![0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
