using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfPigRectangle = UglyToad.PdfPig.Core.PdfRectangle;

namespace AnnualReport.Tests.Comments;

/// <summary>
/// Adds annotations to a PDF the way a PDF reader saves them: an indirect /Annot dictionary per
/// comment in the page's /Annots array, with /Contents, /T, /M, /QuadPoints for text markup, /IRT
/// for a reply and a /Popup that shows the note. Written with PDFsharp.
/// </summary>
internal sealed class Annotator : IDisposable
{
    private readonly PdfDocument _document;

    public Annotator(byte[] pdf) => _document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);

    public Annotator(string path) => _document = PdfReader.Open(path, PdfDocumentOpenMode.Modify);

    public int PageCount => _document.PageCount;

    /// <summary>Text markup (/Highlight, /Underline, /StrikeOut, /Squiggly) over the boxes, one quadrilateral each.</summary>
    public PdfDictionary Markup(int page, string subtype, string? contents, string? author, string? date, params PdfPigRectangle[] boxes)
    {
        var annotation = Add(page, subtype, Union(boxes), contents, author, date);
        var quads = new PdfArray(_document);
        foreach (var b in boxes)
        {
            // Upper left, upper right, lower left, lower right: the order readers write.
            foreach (var value in new[] { b.Left, b.Top, b.Right, b.Top, b.Left, b.Bottom, b.Right, b.Bottom })
            {
                quads.Elements.Add(new PdfReal(value));
            }
        }

        annotation.Elements["/QuadPoints"] = quads;
        return annotation;
    }

    /// <summary>A sticky note whose icon hangs from (x, top), with the pop-up window readers add.</summary>
    public PdfDictionary Note(int page, double x, double top, string? contents, string? author, string? date, PdfDictionary? inReplyTo = null)
    {
        var note = Add(page, "/Text", new PdfPigRectangle(x, top - 20, x + 20, top), contents, author, date);
        note.Elements["/Name"] = new PdfName("/Comment");
        if (inReplyTo is not null)
        {
            note.Elements["/IRT"] = inReplyTo.Reference;
            note.Elements["/RT"] = new PdfName("/R");
        }

        var popup = Add(page, "/Popup", new PdfPigRectangle(400, top - 100, 580, top), null, null, null);
        popup.Elements["/Parent"] = note.Reference;
        note.Elements["/Popup"] = popup.Reference;
        return note;
    }

    /// <summary>Any annotation: the common entries of a markup annotation as Acrobat and Okular write them.</summary>
    public PdfDictionary Add(int page, string subtype, PdfPigRectangle rect, string? contents, string? author, string? date)
    {
        var pdfPage = _document.Pages[page - 1];
        var annotation = new PdfDictionary(_document);
        _document.Internals.AddObject(annotation);
        annotation.Elements["/Type"] = new PdfName("/Annot");
        annotation.Elements["/Subtype"] = new PdfName(subtype);
        annotation.Elements["/Rect"] = new PdfArray(_document, new PdfReal(rect.Left), new PdfReal(rect.Bottom), new PdfReal(rect.Right), new PdfReal(rect.Top));
        annotation.Elements["/P"] = pdfPage.Reference;
        annotation.Elements["/F"] = new PdfInteger(4);
        if (contents is not null)
        {
            annotation.Elements["/Contents"] = new PdfString(contents, PdfStringEncoding.Unicode);
        }

        if (author is not null)
        {
            annotation.Elements["/T"] = new PdfString(author, PdfStringEncoding.Unicode);
        }

        if (date is not null)
        {
            annotation.Elements["/M"] = new PdfString(date);
        }

        if (pdfPage.Elements.GetArray("/Annots") is not { } annotations)
        {
            annotations = new PdfArray(_document);
            pdfPage.Elements["/Annots"] = annotations;
        }

        annotations.Elements.Add(annotation.Reference!);
        return annotation;
    }

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Save(string path) => _document.Save(path);

    public void Dispose() => _document.Dispose();

    private static PdfPigRectangle Union(PdfPigRectangle[] boxes) =>
        new(boxes.Min(b => b.Left), boxes.Min(b => b.Bottom), boxes.Max(b => b.Right), boxes.Max(b => b.Top));
}
