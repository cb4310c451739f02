using System.IO.Compression;
using System.Text;
using AnnualReport.Localization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace AnnualReport.Publishing;

/// <summary>
/// Finishes a PDF that Chromium printed with tagging on so that it meets PDF/UA-1 (ISO 14289-1) as
/// far as a machine can check. Chromium's tags stay the base; this adds what it lacks: artifacts
/// around untagged painting, the structure repairs of <see cref="PdfStructureRepair"/>, link
/// descriptions, the XMP packet with the PDF/UA identifier, and the catalogue entries.
/// <para>
/// Why PDFsharp and a full rewrite rather than an incremental update like <see cref="PdfMetadata"/>:
/// every page content stream changes (Flate-compressed, so they must be decoded and encoded
/// again) and many structure elements change with them; an incremental update would carry a second
/// copy of almost the whole file and need a general PDF parser anyway. PDFsharp reads every object,
/// keeps the ones it does not know as they are (the structure tree, parent tree, outline and
/// destinations come through unchanged apart from the repairs), and writes a classic
/// cross-reference table, which <see cref="PdfStructure"/> still reads. Content streams are changed
/// only by inserting marked-content operators, never by parsing and reprinting them. What PDFsharp
/// adds on every save (its own XMP packet, a date from the clock, a random /ID) is mended in place
/// by <see cref="PdfSaveFixup"/>, so the same printed PDF always gives the same file.
/// </para>
/// </summary>
public static class PdfAccessibility
{
    /// <summary>
    /// Makes the PDF at <paramref name="path"/> conform, in place. Title and language come from the
    /// PDF itself (HTML title and lang); link descriptions from <paramref name="phrases"/>, the
    /// document's language (bokmål when none is given, as the fact sheets still print).
    /// </summary>
    /// <param name="identifier">The edition's ISBN or ISSN as a URN (dc:identifier), or null.</param>
    public static void Apply(string path, PhraseBook phrases, string? identifier = null)
    {
        var temporary = path + ".ua.tmp";
        using var saved = new MemoryStream();
        string packet;
        using (var document = PdfReader.Open(path, PdfDocumentOpenMode.Modify))
        {
            packet = Finish(document, phrases, identifier);
            document.Save(saved, closeStream: false);
        }

        File.WriteAllBytes(temporary, PdfSaveFixup.Apply(saved.ToArray(), packet));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Changes the document in memory; returns the XMP packet that must end up in the saved file.</summary>
    internal static string Finish(PdfDocument document, PhraseBook phrases, string? identifier = null)
    {
        // PDF/UA-1 rests on ISO 32000-1 (PDF 1.7); Chromium declares 1.4.
        document.Version = Math.Max(document.Version, 17);
        foreach (var page in document.Pages)
        {
            // One stream per page, so no marked-content sequence has to span two of them.
            var content = new PdfDictionary(document);
            content.CreateStream(Deflate(PdfArtifactMarker.Mark(page.Contents.CreateSingleContent().Stream.UnfilteredValue)));
            content.Elements["/Filter"] = new PdfName("/FlateDecode");
            document.Internals.AddObject(content);
            page.Elements["/Contents"] = PdfStructureRepair.Indirect(content);

            // Tab order follows the structure (Matterhorn 28-008), whatever Chromium wrote.
            page.Elements["/Tabs"] = new PdfName("/S");
        }

        PdfStructureRepair.Repair(document);
        PdfLinkDescriptions.Describe(document, phrases);

        var catalog = document.Internals.Catalog;
        var language = catalog.Elements.GetString("/Lang");
        if (string.IsNullOrEmpty(language))
        {
            throw new InvalidDataException(Messages.Format("fault.pdf.no-language"));
        }

        var title = document.Info.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new InvalidDataException(Messages.Format("fault.pdf.no-title"));
        }

        var preferences = catalog.Elements.GetDictionary("/ViewerPreferences") ?? new PdfDictionary(document);
        preferences.Elements["/DisplayDocTitle"] = new PdfBoolean(true);
        catalog.Elements["/ViewerPreferences"] = preferences;
        var markInfo = catalog.Elements.GetDictionary("/MarkInfo") ?? new PdfDictionary(document);
        markInfo.Elements["/Marked"] = new PdfBoolean(true);
        catalog.Elements["/MarkInfo"] = markInfo;

        var info = document.Info;
        return PdfXmpPacket.Build(title, language, info.Author, info.Subject, info.Keywords, identifier);
    }

    /// <summary>zlib-wrapped deflate, as /FlateDecode expects (PDFsharp's own leaves qpdf warning about the stream's end).</summary>
    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
