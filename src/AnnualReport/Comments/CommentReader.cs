using AnnualReport.Localization;
using AnnualReport.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace AnnualReport.Comments;

/// <summary>
/// Reads the comments reviewers left in a PDF (notes, highlights, strike-outs, free text, replies)
/// with PdfPig, and places each by page and by the reference number printed in a draft's margin.
/// A file that is not a PDF, needs a password, is damaged or too large is a diagnostic
/// (<c>bad-pdf</c>, <c>encrypted-pdf</c>, <c>too-large</c>), never an exception.
/// </summary>
public static class CommentReader
{
    /// <summary>The largest PDF read, in bytes (a 60-page draft is a few MB).</summary>
    public const long MaxPdfBytes = 200L * 1024 * 1024;

    /// <summary>The comments in order of place, replies after the comment they answer; null after reporting why the file cannot be read.</summary>
    public static IReadOnlyList<ReviewComment>? Read(string path, string display, List<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (Directory.Exists(path) || (File.Exists(path) && !FileKind.IsOrdinary(path)))
        {
            diagnostics.Add(Diagnostic.Error("file-not-found", Messages.Format("comments.not-ordinary"), SourceSpan.ForFile(display)));
            return null;
        }

        if (InputText.ReadBytes(path, display, MaxPdfBytes, diagnostics) is not { } bytes)
        {
            return null;
        }

        if (!HasPdfHeader(bytes))
        {
            diagnostics.Add(Diagnostic.Error("bad-pdf", Messages.Format("comments.not-pdf"), SourceSpan.ForFile(display)));
            return null;
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return Read(document, cancellationToken);
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Add(Diagnostic.Error("encrypted-pdf", Messages.Format("comments.encrypted"), SourceSpan.ForFile(display)));
            return null;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            // PdfPig reports a damaged file with many exception types; whichever it is, the file is the problem.
            diagnostics.Add(Diagnostic.Error("bad-pdf", Messages.Format("comments.damaged", ("reason", SafeText.Excerpt(e.Message))), SourceSpan.ForFile(display)));
            return null;
        }
    }

    private static IReadOnlyList<ReviewComment> Read(PdfDocument document, CancellationToken cancellationToken)
    {
        var strings = new AnnotationStrings(document);
        var found = new List<FoundComment>();
        var lines = new List<IReadOnlyList<TextLine>>();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            var text = PageText.Of(page);
            lines.Add(text.Lines);
            found.AddRange(OnPage(page, text, strings, found.Count));
        }

        LinkReplies(found, strings);
        var bodyLeft = MarginLabels.BodyLeft(lines.SelectMany(l => l));
        var labels = lines.Select(l => MarginLabels.On(l, bodyLeft)).ToList();
        return CommentOrder.Arrange(found, (page, y) => ReferenceAt(labels, page, y), line => LineText(line, bodyLeft));
    }

    private static IEnumerable<FoundComment> OnPage(Page page, PageText text, AnnotationStrings strings, int sequence)
    {
        foreach (var annotation in page.GetAnnotations())
        {
            if (AnnotationKinds.Of(annotation.Type) is not { } kind)
            {
                continue;
            }

            var dictionary = annotation.AnnotationDictionary;
            var comment = annotation.Content is { Length: > 0 } content ? Trim(content)
                : strings.Get(dictionary, "RC") is { } rich ? RichText.ToPlain(rich) : string.Empty;
            var date = PdfDate.ToIso(strings.Get(dictionary, "M")) ?? PdfDate.ToIso(strings.Get(dictionary, "CreationDate"));
            var author = strings.Get(dictionary, "T") is { Length: > 0 } t ? t.Trim() : null;
            string? marked = null;
            TextLine? line;
            double x, y;
            if (AnnotationKinds.MarksText(kind))
            {
                var areas = annotation.QuadPoints.Count > 0 ? annotation.QuadPoints.Select(Box).ToList() : [annotation.Rectangle];
                marked = text.Under(areas);
                line = text.LineAt(areas[0].Centroid.Y);
                (x, y) = (areas[0].Left, line?.Middle ?? areas[0].Centroid.Y);
                line = null;
            }
            else
            {
                // A note's icon hangs from the point the reviewer clicked: the line there is the one it is about.
                var rectangle = annotation.Rectangle;
                line = text.LineAt(rectangle.Top - Math.Min(4, rectangle.Height / 2));
                (x, y) = (rectangle.Left, line?.Middle ?? rectangle.Top);
            }

            yield return new FoundComment
            {
                Annotation = annotation, Page = page.Number, Sequence = sequence++, Kind = kind, Comment = comment,
                Author = author, Date = date, X = x, Y = y, MarkedText = marked, Line = line,
            };
        }
    }

    /// <summary>Replies (/IRT) to the comment they answer; PdfPig links a reply only to a comment listed before it on its page, so the rest are found by their dictionary.</summary>
    private static void LinkReplies(List<FoundComment> found, AnnotationStrings strings)
    {
        var byAnnotation = new Dictionary<Annotation, FoundComment>(ReferenceEqualityComparer.Instance);
        foreach (var comment in found)
        {
            byAnnotation[comment.Annotation] = comment;
        }

        foreach (var comment in found)
        {
            if (comment.Annotation.InReplyTo is { } parent && byAnnotation.TryGetValue(parent, out var linked))
            {
                comment.Parent = linked;
            }
            else if (strings.Dictionary(comment.Annotation.AnnotationDictionary, "IRT") is { } target)
            {
                comment.Parent = found.FirstOrDefault(f => f != comment && (ReferenceEquals(f.Annotation.AnnotationDictionary, target) || f.Annotation.AnnotationDictionary.Equals(target)));
            }
        }

        // A loop of replies (each answering the next) has no first comment: cut it where it closes.
        foreach (var comment in found)
        {
            var seen = new HashSet<FoundComment>(ReferenceEqualityComparer.Instance) { comment };
            for (var p = comment; p.Parent is not null; p = p.Parent)
            {
                if (!seen.Add(p.Parent))
                {
                    p.Parent = null;
                    break;
                }
            }
        }
    }

    /// <summary>The nearest margin label at or above <paramref name="y"/> on the page, else the last on an earlier page.</summary>
    private static string? ReferenceAt(IReadOnlyList<IReadOnlyList<PlacedWord>> labels, int page, double y)
    {
        var here = labels[page - 1].Where(l => l.Top >= y - 0.5).MinBy(l => l.Top);
        if (here is not null)
        {
            return here.Text;
        }

        for (var p = page - 2; p >= 0; p--)
        {
            if (labels[p].Count > 0)
            {
                return labels[p].MinBy(l => l.Top)!.Text;
            }
        }

        return null;
    }

    private static string? LineText(TextLine? line, double? bodyLeft) =>
        line is null ? null : string.Join(" ", line.Words.Where(w => bodyLeft is not { } left || !MarginLabels.IsLabel(w, left)).Select(w => w.Text)) is { Length: > 0 } text ? text : null;

    private static PdfRectangle Box(QuadPointsQuadrilateral quad)
    {
        var (left, bottom, right, top) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (PdfPoint point in quad.Points)
        {
            (left, right) = (Math.Min(left, point.X), Math.Max(right, point.X));
            (bottom, top) = (Math.Min(bottom, point.Y), Math.Max(top, point.Y));
        }

        return new PdfRectangle(left, bottom, right, top);
    }

    private static string Trim(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    private static bool HasPdfHeader(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;
}
