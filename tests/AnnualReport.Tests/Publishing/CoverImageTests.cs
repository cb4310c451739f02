using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>The cover's logo and picture from the edition: checked by path, kind and size, and placed on the print document's cover.</summary>
public sealed class CoverImageTests
{
    private static readonly byte[] PngBytes = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static EditionFixture Edition(string cover)
    {
        var catalogue = EditionFixture.Catalogue.Replace("  referenceGroup: rest\n", "  referenceGroup: rest\n" + cover, StringComparison.Ordinal);
        Assert.Contains(cover, catalogue);
        var edition = new EditionFixture(catalogue);
        edition.Data("employment.csv", "year,group,sex,value\n2022,imm,alle,62\n2023,imm,alle,65\n2022,rest,alle,80\n2023,rest,alle,80.5\n");
        return edition;
    }

    private static void Write(EditionFixture edition, string name, byte[] bytes)
    {
        var path = Path.Combine(edition.Root, "editions", "2025", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void A_png_logo_with_its_text_is_taken()
    {
        using var edition = Edition("  cover:\n    logo: bilder/logo.png\n    logoAlt: Testkontorets logo\n");
        Write(edition, "bilder/logo.png", PngBytes);

        var report = edition.Validate();

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        var logo = report.Catalogue!.Edition.Logo!;
        Assert.Equal((".png", "Testkontorets logo"), (logo.Extension, logo.Alt));
        Assert.Equal("assets/cover/logo.png", AnnualReport.Publishing.CoverImages.Href(logo, "logo"));
    }

    [Fact]
    public void An_svg_or_other_file_is_bad_image_at_its_place()
    {
        using var edition = Edition("  cover:\n    image: forside.svg\n    imageAlt: Et bilde\n");
        Write(edition, "forside.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray());

        var diagnostic = edition.Single("bad-image");

        Assert.Equal(7, diagnostic.Where.Line);
        Assert.Contains("forside.svg", diagnostic.Message);
    }

    [Fact]
    public void A_picture_outside_the_edition_is_refused_and_one_without_its_text_is_an_error()
    {
        using var outside = Edition("  cover:\n    logo: ../../../etc/logo.png\n    logoAlt: Logo\n");
        Assert.Equal("path-outside-edition", outside.Single("path-outside-edition").Code);

        using var noAlt = Edition("  cover:\n    logo: logo.png\n");
        Write(noAlt, "logo.png", PngBytes);
        Assert.Contains(noAlt.Validate().Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("logoAlt", StringComparison.Ordinal));
    }

    [Fact]
    public void The_print_cover_shows_the_pictures_with_their_text_and_the_web_pages_do_not()
    {
        using var edition = Edition("  cover:\n    logo: logo.png\n    logoAlt: Testkontorets logo\n    image: forside.png\n    imageAlt: Et landskap\n");
        Write(edition, "logo.png", PngBytes);
        Write(edition, "forside.png", PngBytes);
        var report = edition.Validate();
        var catalogue = report.Catalogue!;

        var site = new AnnualReport.Rendering.HtmlRenderer(RepositoryPaths.Templates, catalogue)
            .Render(catalogue, AnnualReport.Analysis.EditionAnalysis.Run(catalogue, report.Data), AnnualReport.Charts.ChartBuilder.Build(catalogue, AnnualReport.Analysis.EditionAnalysis.Run(catalogue, report.Data).Indicators, TestPhrases.Bokmål), AnnualReport.Rendering.RenderedText.Empty, new BuildStamp(2025, new DateOnly(2025, 11, 20), "0123456789", Draft: false));

        var print = site.Pages.Single(p => p.FileName == AnnualReport.Rendering.HtmlRenderer.PrintPage).Html;
        Assert.Contains("<img class=\"cover-logo\" src=\"assets/cover/logo.png\" alt=\"Testkontorets logo\">", print);
        Assert.Contains("<img class=\"cover-image\" src=\"assets/cover/image.png\" alt=\"Et landskap\">", print);
        Assert.DoesNotContain("cover-logo", site.Pages.Single(p => p.FileName == "index.html").Html);

        using var output = new TempDirectory();
        AnnualReport.Publishing.CoverImages.Copy(catalogue.Edition, output.Path);
        Assert.Equal(PngBytes, File.ReadAllBytes(Path.Combine(output.Path, "assets", "cover", "image.png")));
    }
}
