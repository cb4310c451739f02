using UglyToad.PdfPig.Annotations;

namespace AnnualReport.Comments;

/// <summary>
/// Which annotations are a reviewer's comments: the markup annotations of the PDF standard (notes,
/// free text, text markup, shapes, stamps, ink). Links, form fields and the pop-up windows that
/// only show another annotation's text are not comments.
/// </summary>
internal static class AnnotationKinds
{
    /// <summary>The kind's name in the output, or null when the annotation is no comment.</summary>
    public static string? Of(AnnotationType type) => type switch
    {
        AnnotationType.Text => "note",
        AnnotationType.FreeText => "free-text",
        AnnotationType.Highlight => "highlight",
        AnnotationType.Underline => "underline",
        AnnotationType.Squiggly => "squiggly",
        AnnotationType.StrikeOut => "strike-out",
        AnnotationType.Caret => "caret",
        AnnotationType.Line => "line",
        AnnotationType.Square => "square",
        AnnotationType.Circle => "circle",
        AnnotationType.Polygon => "polygon",
        AnnotationType.PolyLine => "polyline",
        AnnotationType.Stamp => "stamp",
        AnnotationType.Ink => "ink",
        AnnotationType.FileAttachment => "file-attachment",
        AnnotationType.Sound => "sound",
        _ => null,
    };

    /// <summary>Text markup: the comment is about the text under the annotation's quadrilaterals.</summary>
    public static bool MarksText(string kind) => kind is "highlight" or "underline" or "squiggly" or "strike-out";

    /// <summary>Every kind, for the message catalogue's names of them.</summary>
    public static IReadOnlyList<string> All { get; } =
        ["note", "free-text", "highlight", "underline", "squiggly", "strike-out", "caret", "line", "square", "circle", "polygon", "polyline", "stamp", "ink", "file-attachment", "sound"];
}
