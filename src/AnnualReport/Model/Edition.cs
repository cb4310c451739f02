using System.Globalization;

namespace AnnualReport.Model;

/// <summary>Settings of one edition of the publication, from the catalogue.</summary>
/// <param name="ReferenceGroup">The group others are compared with (id from the catalogue).</param>
/// <param name="PdfFileName">File name of the printed publication inside the output folder.</param>
public sealed record Edition(
    string Title,
    string Subtitle,
    int Year,
    string Language,
    CultureInfo Culture,
    string Publisher,
    string ReferenceGroup,
    string PdfFileName);
