using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// Matterhorn 01 on the content streams: every text-showing, path-painting, shading and XObject
/// operation is either real content (inside a marked-content sequence whose MCID the structure tree
/// references) or an /Artifact (01-005); no artifact inside tagged content (01-003) and no tagged
/// content inside an artifact (01-004).
/// </summary>
public sealed class ContentTaggingCheck : IPdfUaCheck
{
    private static readonly HashSet<string> TextShowing = ["Tj", "TJ", "'", "\""];

    private static readonly HashSet<string> Painting = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI"];

    private const int SampleLength = 80;

    public IEnumerable<PdfUaFailure> Check(PdfUaDocument document)
    {
        var referenced = document.AllElements
            .SelectMany(e => e.MarkedContent)
            .ToHashSet();
        for (var number = 1; number <= document.Pages.Count; number++)
        {
            foreach (var failure in CheckPage(document, number, referenced))
            {
                yield return failure;
            }
        }
    }

    private static IEnumerable<PdfUaFailure> CheckPage(PdfUaDocument document, int number, HashSet<(int? Page, int Mcid)> referenced)
    {
        var (page, error) = ReadPage(document, number);
        if (page is null)
        {
            yield return new("01-005", number, "content stream", $"the content could not be read, so its tagging cannot be verified ({error})");
            yield break;
        }

        var properties = PageProperties(document, number);
        var scan = new ContentScan();
        foreach (var operation in page.Operations)
        {
            scan.Apply(operation, properties);
        }

        var untagged = scan.UntaggedText + scan.UntaggedPainting;
        if (untagged > 0)
        {
            var sample = UntaggedText(page);
            var text = sample.Length == 0 ? "" : $"; text: \"{sample}\"";
            yield return new("01-005", number, "content stream",
                $"{untagged} operation(s) neither tagged nor marked as /Artifact ({scan.UntaggedText} text-showing, {scan.UntaggedPainting} path-painting/XObject){text}");
        }

        if (scan.ArtifactsInsideTagged > 0)
        {
            yield return new("01-003", number, "content stream", $"{scan.ArtifactsInsideTagged} /Artifact sequence(s) inside tagged content");
        }

        if (scan.TaggedInsideArtifact > 0)
        {
            yield return new("01-004", number, "content stream", $"{scan.TaggedInsideArtifact} tagged sequence(s) (MCID) inside an /Artifact");
        }

        var orphans = scan.Mcids.Where(m => !referenced.Contains((number, m))).Order().ToList();
        if (orphans.Count > 0)
        {
            yield return new("01-005", number, "content stream",
                $"{orphans.Count} marked-content sequence(s) with an MCID the structure tree does not reference (MCID {string.Join(", ", orphans.Take(10))}{(orphans.Count > 10 ? ", …" : "")})");
        }
    }

    private static (Page? Page, string? Error) ReadPage(PdfUaDocument document, int number)
    {
        try
        {
            var page = document.Pdf.GetPage(number);
            _ = page.Operations.Count;
            return (page, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, e.Message);
        }
    }

    private static DictionaryToken? PageProperties(PdfUaDocument document, int number)
    {
        var resources = document.Resolve(document.Pages[number - 1].Dictionary, "Resources") as DictionaryToken;
        return resources is null ? null : document.Resolve(resources, "Properties") as DictionaryToken;
    }

    /// <summary>The page's letters that lie in no tagged or artifact marked-content sequence, as a short sample.</summary>
    private static string UntaggedText(Page page)
    {
        var covered = new HashSet<Letter>(ReferenceEqualityComparer.Instance);
        foreach (var element in page.GetMarkedContents())
        {
            Cover(element, inside: false, covered);
        }

        var letters = new System.Text.StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters.Where(l => !covered.Contains(l)))
        {
            // Untagged running headers and footers lie on different lines; keep them apart in the sample.
            if (previous is not null && Math.Abs(previous.StartBaseLine.Y - letter.StartBaseLine.Y) > 1)
            {
                letters.Append(" / ");
            }

            letters.Append(letter.Value);
            previous = letter;
        }

        var text = string.Join(' ', letters.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= SampleLength ? text : text[..SampleLength] + "…";
    }

    private static void Cover(MarkedContentElement element, bool inside, HashSet<Letter> covered)
    {
        inside = inside || element.IsArtifact || element.MarkedContentIdentifier >= 0;
        if (inside)
        {
            covered.UnionWith(element.Letters);
        }

        foreach (var child in element.Children)
        {
            Cover(child, inside, covered);
        }
    }

    private sealed class ContentScan
    {
        private enum Kind { Other, Tagged, Artifact }

        private readonly Stack<Kind> _stack = new();

        public int UntaggedText { get; private set; }

        public int UntaggedPainting { get; private set; }

        public int ArtifactsInsideTagged { get; private set; }

        public int TaggedInsideArtifact { get; private set; }

        public List<int> Mcids { get; } = [];

        private Kind Current => _stack.FirstOrDefault(k => k != Kind.Other);

        public void Apply(IGraphicsStateOperation operation, DictionaryToken? pageProperties)
        {
            switch (operation)
            {
                case BeginMarkedContent begin:
                    Open(begin.Name.Data == "Artifact" ? Kind.Artifact : Kind.Other);
                    break;
                case BeginMarkedContentWithProperties begin:
                    var properties = begin.Properties ?? Lookup(pageProperties, begin.PropertyDictionaryName);
                    if (begin.Name.Data == "Artifact")
                    {
                        Open(Kind.Artifact);
                    }
                    else if (properties is not null && PdfUaDocument.Get(properties, "MCID") is NumericToken mcid)
                    {
                        Mcids.Add(mcid.Int);
                        Open(Kind.Tagged);
                    }
                    else
                    {
                        Open(Kind.Other);
                    }

                    break;
                case EndMarkedContent:
                    _stack.TryPop(out _);
                    break;
                default:
                    Count(operation.Operator);
                    break;
            }
        }

        private static DictionaryToken? Lookup(DictionaryToken? pageProperties, NameToken? name) =>
            pageProperties is not null && name is not null && PdfUaDocument.Get(pageProperties, name.Data) is DictionaryToken d ? d : null;

        private void Open(Kind kind)
        {
            if (kind == Kind.Artifact && Current == Kind.Tagged)
            {
                ArtifactsInsideTagged++;
            }
            else if (kind == Kind.Tagged && Current == Kind.Artifact)
            {
                TaggedInsideArtifact++;
            }

            _stack.Push(kind);
        }

        private void Count(string op)
        {
            if (Current != Kind.Other)
            {
                return;
            }

            if (TextShowing.Contains(op))
            {
                UntaggedText++;
            }
            else if (Painting.Contains(op))
            {
                UntaggedPainting++;
            }
        }
    }
}
