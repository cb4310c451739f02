using UglyToad.PdfPig.Annotations;

namespace AnnualReport.Comments;

/// <summary>A comment as found on its page, before the list is ordered and numbered.</summary>
internal sealed class FoundComment
{
    public required Annotation Annotation { get; init; }

    public required int Page { get; init; }

    /// <summary>Its position in the file (page, then the page's annotation list), for a stable order of replies.</summary>
    public required int Sequence { get; init; }

    public required string Kind { get; init; }

    public required string Comment { get; init; }

    public string? Author { get; init; }

    public string? Date { get; init; }

    /// <summary>Where the comment is: left edge and height of the text it marks or sits beside (PDF units, y up).</summary>
    public double X { get; init; }

    public double Y { get; init; }

    /// <summary>The text under a highlight (known while the page is read).</summary>
    public string? MarkedText { get; init; }

    /// <summary>The line beside a note; its text is taken once the margin labels are known.</summary>
    public TextLine? Line { get; init; }

    public FoundComment? Parent { get; set; }
}
