using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AnnualReport.Tests.Comments;

/// <summary>
/// A small PDF (Helvetica, so no å: the standard fonts lack it) with body text at the left margin (72 pt) and, like a draft of the program, a
/// reference number in the margin left of an element's first line (issue 16's contract). Written
/// with PdfPig's builder, which tells where each word landed, so a test can put a highlight on it.
/// </summary>
internal sealed class DraftPdf
{
    public const double BodyLeft = 72;
    public const double LabelLeft = 30;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private readonly Dictionary<string, (int Page, PdfRectangle Box)> _words = new(StringComparer.Ordinal);
    private PdfPageBuilder? _page;
    private int _pageNumber;

    public DraftPdf() => _font = _builder.AddStandard14Font(Standard14Font.Helvetica);

    public DraftPdf Page()
    {
        _page = _builder.AddPage(PageSize.A4);
        _pageNumber++;
        return this;
    }

    /// <summary>A line of body text with its baseline at <paramref name="y"/> and, when given, a margin label on the same line.</summary>
    public DraftPdf Line(double y, string text, string? label = null)
    {
        var page = _page ?? throw new InvalidOperationException("call Page() first");
        if (label is not null)
        {
            page.AddText(label, 8, new PdfPoint(LabelLeft, y), _font);
        }

        var letters = page.AddText(text, 11, new PdfPoint(BodyLeft, y), _font);
        var word = new List<Letter>();
        foreach (var letter in letters.Append(null))
        {
            if (letter is null || letter.Value == " ")
            {
                if (word.Count > 0)
                {
                    var key = string.Concat(word.Select(l => l.Value));
                    _words.TryAdd(key, (_pageNumber, new PdfRectangle(word[0].StartBaseLine.X, y - 2.5, word[^1].EndBaseLine.X, y + 8.5)));
                    word.Clear();
                }
            }
            else
            {
                word.Add(letter);
            }
        }

        return this;
    }

    /// <summary>Where the first occurrence of a word was written: its page and a box around it, as a reader's highlight would cover it.</summary>
    public (int Page, PdfRectangle Box) Word(string word) => _words[word];

    public byte[] Build() => _builder.Build();
}
