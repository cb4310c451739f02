using System.Text.RegularExpressions;
using AnnualReport.Comments;
using AnnualReport.Model;
using AnnualReport.Tests.Support;
using UglyToad.PdfPig.Content;

namespace AnnualReport.Tests.Comments;

/// <summary>
/// A real draft printed by Chromium, annotated with a note and a highlight as a PDF reader saves
/// them, gives both comments back with page and highlighted text (issue 16's Done-when). The
/// reference number is the draft's margin label nearest above the marked word.
/// </summary>
[Trait("Tier", "Full")]
public sealed partial class DraftCommentsTests
{
    [Fact]
    public async Task A_note_and_a_highlight_on_a_printed_draft_come_back_with_page_and_highlighted_text()
    {
        using var temp = new TempDirectory();
        var result = await ReportPipeline.BuildAsync(new BuildOptions(RepositoryPaths.FixtureCatalogue("english"))
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = Path.Combine(temp.Path, "draft"),
            Draft = true,
            Pdf = true,
            Date = new DateOnly(2025, 11, 3),
        });
        var draft = result.MainLanguage().PdfPath!;
        var (page, word) = LastPageWord(draft);

        var annotated = Path.Combine(temp.Path, "annotated.pdf");
        using (var annotator = new Annotator(draft))
        {
            var box = new UglyToad.PdfPig.Core.PdfRectangle(word.BoundingBox.Left - 0.5, word.BoundingBox.Bottom - 1, word.BoundingBox.Right + 0.5, word.BoundingBox.Top + 1);
            annotator.Markup(page, "/Highlight", "Check this figure.", "Reviewer", "D:20251104090000+01'00'", box);
            annotator.Note(page, word.BoundingBox.Left, word.BoundingBox.Top + 2, "Source?", "Reviewer", "D:20251104091000+01'00'");
            annotator.Save(annotated);
        }

        var diagnostics = new List<Diagnostic>();
        var comments = CommentReader.Read(annotated, "annotated.pdf", diagnostics);

        Assert.True(comments is not null, string.Join("\n", diagnostics));
        Assert.Equal(2, comments.Count);
        Assert.All(comments, c => Assert.Equal(page, c.Page));
        var highlight = Assert.Single(comments, c => c.Kind == "highlight");
        Assert.Equal(word.Text, highlight.Text);
        Assert.Equal("Check this figure.", highlight.Comment);
        Assert.Equal("2025-11-04T09:00:00+01:00", highlight.Date);
        var note = Assert.Single(comments, c => c.Kind == "note");
        Assert.Contains(word.Text, note.Text);
        Assert.Equal("Source?", note.Comment);

        // The draft prints its reference numbers in the left margin: the comment's is the nearest
        // label at or above the marked word on its page (or the last one on an earlier page).
        using var document = UglyToad.PdfPig.PdfDocument.Open(draft);
        const double Millimetre = 72 / 25.4;
        var labels = Enumerable.Range(1, page).SelectMany(p => document.GetPage(p).GetWords()
            .Where(w => w.BoundingBox.Right < 17 * Millimetre && Label().IsMatch(w.Text))
            .Select(w => (Page: p, w.BoundingBox.Bottom, w.Text))).ToList();
        // A label stands on its element's first line: on the word's line at the latest (same baseline, smaller type).
        var nearest = labels.Where(l => l.Page == page && l.Bottom >= word.BoundingBox.Bottom - 2).OrderBy(l => l.Bottom).Select(l => l.Text).FirstOrDefault()
            ?? labels.Last(l => l.Page < page).Text;
        Assert.NotEmpty(labels);
        Assert.Equal(nearest, highlight.Reference);
        Assert.Equal(nearest, note.Reference);
    }

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex Label();

    /// <summary>A word of body text on the last page: letters only, long enough to be a word of a sentence.</summary>
    private static (int Page, Word Word) LastPageWord(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        for (var number = document.NumberOfPages; number >= 1; number--)
        {
            var word = document.GetPage(number).GetWords().FirstOrDefault(w => PlainWord().IsMatch(w.Text));
            if (word is not null)
            {
                return (number, word);
            }
        }

        throw new InvalidOperationException("the draft has no words");
    }

    [GeneratedRegex("^[a-z]{7,}$")]
    private static partial Regex PlainWord();
}
