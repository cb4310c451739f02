using AnnualReport.Comments;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Comments;

/// <summary>Real annotated PDFs (PdfPig writes the text, PDFsharp the annotations as a reader saves them) read back by <see cref="CommentReader"/>.</summary>
public sealed class CommentReaderTests
{
    [Fact]
    public void Every_comment_comes_back_with_page_reference_text_author_and_date_in_order_of_place()
    {
        var comments = Read(ReviewedDraft.Build(labels: true));

        Assert.Equal(
            [
                new ReviewComment(1, null, 1, "1.1", "highlight", "økte", "Er dette riktig?", "Kari Nordmann", "2026-11-30T10:15:00+01:00"),
                new ReviewComment(2, 1, 1, "1.1", "note", null, "Ja, tallet er fra SSB.", "Per Hansen", "2026-11-30T11:30:00Z"),
                new ReviewComment(3, null, 1, "1.1", "note", "Det gjelder særlig kvinner fra Afrika.", "Kilde mangler.", "Ola Olsen", null),
                new ReviewComment(4, null, 1, "1.2", "underline", "Andelen", string.Empty, "Kari Nordmann", "2026-11-30T10:21:00+01:00"),
                new ReviewComment(5, null, 1, "1.2", "highlight", "stabil.", "Skriv «uendret».", "Kari Nordmann", "2026-11-30T10:20:00+01:00"),
                new ReviewComment(6, null, 2, "1.2", "strike-out", "uten nytt nummer.", "Stryk.", "Ola Olsen", "2026-12-01T00:00:00"),
                new ReviewComment(7, null, 2, "2.1", "free-text", "Tabellen viser tallene for to utgaver.", "=HYPERLINK(\"http://example.com\")", "Eve", "2026-12-02T08:00:00-05:00"),
                new ReviewComment(8, null, 2, "2.1", "note", "2024 12,5 13,1", "Tallet for 2024 & 2025\nbør sjekkes.", "Kari Nordmann", "2026-11-30T12:00:00+01:00"),
            ],
            comments);
    }

    [Fact]
    public void A_pdf_without_margin_labels_gives_the_comments_with_pages_and_no_reference_numbers()
    {
        var comments = Read(ReviewedDraft.Build(labels: false));

        Assert.Equal(8, comments.Count);
        Assert.All(comments, c => Assert.Null(c.Reference));
        Assert.Equal([1, 1, 1, 1, 1, 2, 2, 2], comments.Select(c => c.Page));
        Assert.Equal("økte", comments[0].Text);
        Assert.Equal("2024 12,5 13,1", comments[7].Text);
    }

    [Fact]
    public void A_pdf_without_annotations_has_no_comments()
    {
        Assert.Empty(Read(ReviewedDraft.Text(labels: true).Build()));
    }

    [Fact]
    public void A_reply_listed_before_the_comment_it_answers_still_follows_it()
    {
        var text = ReviewedDraft.Text(labels: true);
        using var annotator = new Annotator(text.Build());
        var reply = annotator.Note(1, 300, 760, "Enig.", "Per", null);
        var (page, box) = text.Word("stabil.");
        var parent = annotator.Markup(page, "/Squiggly", "Uklart.", "Kari", null, box);
        reply.Elements["/IRT"] = parent.Reference;

        var comments = Read(annotator.Save());

        Assert.Equal(["squiggly", "note"], comments.Select(c => c.Kind));
        Assert.Equal([null, 1], comments.Select(c => c.ReplyTo));
        Assert.Equal(["1.2", "1.2"], comments.Select(c => c.Reference));
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_bad_pdf()
    {
        using var temp = new TempDirectory();
        var path = temp.File("notater.pdf", "Dette er ikke en PDF.\n");

        var diagnostics = new List<Diagnostic>();
        Assert.Null(CommentReader.Read(path, "notater.pdf", diagnostics));

        var error = Assert.Single(diagnostics);
        Assert.Equal("bad-pdf", error.Code);
        Assert.Equal("notater.pdf", error.Where.File);
    }

    [Fact]
    public void A_damaged_pdf_is_bad_pdf_not_an_exception()
    {
        using var temp = new TempDirectory();
        var bytes = ReviewedDraft.Build(labels: true);
        var path = Path.Combine(temp.Path, "skadet.pdf");
        File.WriteAllBytes(path, [.. bytes.Take(200), .. new byte[500]]);

        var diagnostics = new List<Diagnostic>();
        var comments = CommentReader.Read(path, "skadet.pdf", diagnostics);

        Assert.Null(comments);
        Assert.Equal("bad-pdf", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_pdf_that_needs_a_password_is_encrypted_pdf()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "laast.pdf");
        using (var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(ReviewedDraft.Build(labels: true)), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Modify))
        {
            document.SecuritySettings.UserPassword = "hemmelig";
            document.SecuritySettings.OwnerPassword = "hemmeligere";
            document.Save(path);
        }

        var diagnostics = new List<Diagnostic>();
        Assert.Null(CommentReader.Read(path, "laast.pdf", diagnostics));

        Assert.Equal("encrypted-pdf", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_missing_file_is_file_not_found()
    {
        var diagnostics = new List<Diagnostic>();
        Assert.Null(CommentReader.Read("/no/such/utkast.pdf", "utkast.pdf", diagnostics));

        Assert.Equal("file-not-found", Assert.Single(diagnostics).Code);
    }

    private static IReadOnlyList<ReviewComment> Read(byte[] pdf)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "utkast.pdf");
        File.WriteAllBytes(path, pdf);
        var diagnostics = new List<Diagnostic>();
        var comments = CommentReader.Read(path, "utkast.pdf", diagnostics);
        Assert.True(comments is not null, string.Join("\n", diagnostics));
        return comments;
    }
}
