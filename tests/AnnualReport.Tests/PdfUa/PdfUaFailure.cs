namespace AnnualReport.Tests.PdfUa;

/// <summary>One failed Matterhorn Protocol checkpoint: where (page, PDF object) and what is wrong.</summary>
/// <param name="Checkpoint">The Matterhorn number, such as <c>01-005</c>.</param>
/// <param name="Page">The 1-based page, or null for document-wide objects.</param>
/// <param name="Object">The object, such as <c>Catalog</c> or <c>Figure 12 0 R</c>.</param>
public sealed record PdfUaFailure(string Checkpoint, int? Page, string Object, string Message)
{
    public override string ToString() =>
        Page is { } page ? $"{Checkpoint} page {page}, {Object}: {Message}" : $"{Checkpoint} {Object}: {Message}";
}
