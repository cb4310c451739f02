using PdfSharp.Pdf;
using PdfRectangle = UglyToad.PdfPig.Core.PdfRectangle;

namespace AnnualReport.Tests.Comments;

/// <summary>
/// A two-page draft with margin labels, annotated by three reviewers the way PDF readers save it:
/// a highlight with a reply, a note with its pop-up, an underline and a highlight on one line
/// (written into the file right to left), a strike-out on page 2 above its first label, a free
/// text box with a formula-like comment, a note with rich text only, and a link (no comment).
/// </summary>
internal static class ReviewedDraft
{
    public static DraftPdf Text(bool labels)
    {
        string? L(string label) => labels ? label : null;
        return new DraftPdf()
            .Page()
            .Line(760, "Innledning", L("1"))
            .Line(730, "Sysselsettingen blant innvandrere økte i 2024.", L("1.1"))
            .Line(716, "Det gjelder særlig kvinner fra Afrika.")
            .Line(702, "Tallene kommer fra registerbasert statistikk.")
            .Line(676, "Andelen med høyere utdanning er stabil.", L("1.2"))
            .Line(662, "Den har vært om lag lik siden 2019.")
            .Page()
            .Line(760, "Fortsettelse av avsnittet uten nytt nummer.")
            .Line(746, "Siste linje i avsnittet.")
            .Line(700, "Utdanning", L("2"))
            .Line(670, "Tabellen viser tallene for to utgaver.", L("2.1"))
            .Line(650, "2024 12,5 13,1")
            .Line(636, "2025 12,9 13,4");
    }

    public static byte[] Build(bool labels)
    {
        var text = Text(labels);
        using var annotator = new Annotator(text.Build());
        var (page, okte) = text.Word("økte");
        var highlight = annotator.Markup(page, "/Highlight", "Er dette riktig?", "Kari Nordmann", "D:20261130101500+01'00'", okte);
        annotator.Note(1, 300, 726, "Kilde mangler.", "Ola Olsen", "D:2026garbage");
        annotator.Note(1, 320, 738, "Ja, tallet er fra SSB.", "Per Hansen", "D:20261130113000Z", inReplyTo: highlight);

        // Written right to left: the list must still read left to right.
        annotator.Markup(1, "/Highlight", "Skriv «uendret».", "Kari Nordmann", "D:20261130102000+01'00'", text.Word("stabil.").Box);
        annotator.Markup(1, "/Underline", null, "Kari Nordmann", "D:20261130102100+01'00'", text.Word("Andelen").Box);

        var (_, uten) = text.Word("uten");
        var (_, nummer) = text.Word("nummer.");
        annotator.Markup(2, "/StrikeOut", "Stryk.", "Ola Olsen", "D:20261201", new PdfRectangle(uten.Left, uten.Bottom, nummer.Right, nummer.Top));

        var freeText = annotator.Add(2, "/FreeText", new PdfRectangle(300, 660, 500, 682), "=HYPERLINK(\"http://example.com\")", "Eve", null);
        freeText.Elements["/DA"] = new PdfString("/Helv 10 Tf 0 g");
        freeText.Elements["/CreationDate"] = new PdfString("D:20261202080000-05'00'");

        var rich = annotator.Note(2, 200, 658, null, "Kari Nordmann", "D:20261130120000+01'00'");
        rich.Elements["/RC"] = new PdfString("<?xml version=\"1.0\"?><body xmlns=\"http://www.w3.org/1999/xhtml\"><p>Tallet for <b>2024</b> &amp; 2025</p><p>bør sjekkes.</p></body>", PdfStringEncoding.Unicode);

        var link = annotator.Add(2, "/Link", new PdfRectangle(72, 600, 200, 612), null, null, null);
        link.Elements["/A"] = new PdfDictionary { Elements = { ["/S"] = new PdfName("/URI"), ["/URI"] = new PdfString("https://www.ssb.no/") } };
        return annotator.Save();
    }
}
