namespace AnnualReport.Comments;

/// <summary>
/// One reviewer's comment read back from a PDF: where it is (page and the draft's reference
/// number, when the PDF has margin labels), what it marks (the highlighted or struck-out text, or
/// the line beside a note) and what the reviewer wrote. Replies carry the number of the comment
/// they answer and follow it in the list.
/// </summary>
/// <param name="Number">The comment's place in the list, from 1.</param>
/// <param name="ReplyTo">The <see cref="Number"/> of the comment this one answers, or null.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="Reference">The reference number printed in the draft's margin ("3.2.4"), or null.</param>
/// <param name="Kind">The kind of annotation: <c>note</c>, <c>highlight</c>, <c>underline</c>, <c>squiggly</c>, <c>strike-out</c>, <c>free-text</c>, or another markup subtype in kebab case.</param>
/// <param name="Text">The text under a highlight, underline or strike-out, else the line at the annotation.</param>
/// <param name="Comment">What the reviewer wrote (/Contents, else the rich text as plain text).</param>
/// <param name="Author">The author (/T), or null.</param>
/// <param name="Date">The date (/M, else /CreationDate) as an ISO 8601 date-time, or null when missing or unreadable.</param>
public sealed record ReviewComment(int Number, int? ReplyTo, int Page, string? Reference, string Kind, string? Text, string Comment, string? Author, string? Date);
