using System.Globalization;

namespace AnnualReport.Model;

/// <summary>
/// Settings of one edition of the publication, from the catalogue, read for one of its languages:
/// <see cref="Language"/> and <see cref="Culture"/> are the language being built, and every text
/// (title, subtitle, publisher, PDF name) is in that language.
/// </summary>
/// <param name="ReferenceGroup">The group others are compared with (id from the catalogue).</param>
/// <param name="PdfFileName">File name of the printed publication inside the language's output folder.</param>
public sealed record Edition(
    string Title,
    string Subtitle,
    int Year,
    string Language,
    CultureInfo Culture,
    string Publisher,
    string ReferenceGroup,
    string PdfFileName)
{
    private readonly IReadOnlyList<EditionLanguage>? _languages;

    /// <summary>Every language the edition is published in, the main language first; one language (this one) when none are named.</summary>
    public IReadOnlyList<EditionLanguage> Languages
    {
        get => _languages is { Count: > 0 } ? _languages : [new EditionLanguage(Language, Culture)];
        init => _languages = value;
    }

    /// <summary>The edition's ISBN-13 as printed (check digit verified), or null.</summary>
    public string? Isbn { get; init; }

    /// <summary>The series' ISSN as printed (check digit verified), or null.</summary>
    public string? Issn { get; init; }

    /// <summary>The publisher's logo on the cover (<c>edition.cover.logo</c>), or null.</summary>
    public CoverImage? Logo { get; init; }

    /// <summary>The cover's picture (<c>edition.cover.image</c>), or null.</summary>
    public CoverImage? CoverPicture { get; init; }

    /// <summary>The main language: its text is the one a scalar catalogue field and <c>text.yaml</c> hold.</summary>
    public string MainLanguage => Languages[0].Code;
}
