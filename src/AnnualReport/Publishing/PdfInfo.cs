namespace AnnualReport.Publishing;

/// <summary>The document information of the printed publication, each entry in the publication's language (the creator is the program's name).</summary>
public sealed record PdfInfo(string Title, string Subject, string Author, string Keywords, string Creator)
{
    /// <summary>The entries as the PDF names them (/Title, /Subject …), in this order.</summary>
    public IReadOnlyList<(string Name, string Value)> Entries =>
    [
        (nameof(Title), Title), (nameof(Subject), Subject), (nameof(Author), Author), (nameof(Keywords), Keywords), (nameof(Creator), Creator),
    ];
}
