namespace AnnualReport.Tests.PdfUa;

/// <summary>One group of machine-checkable Matterhorn Protocol failure conditions.</summary>
public interface IPdfUaCheck
{
    IEnumerable<PdfUaFailure> Check(PdfUaDocument document);
}
