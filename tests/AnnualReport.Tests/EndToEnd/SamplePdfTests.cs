using System.Text.RegularExpressions;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>The printed publication, read back with poppler.</summary>
[Collection(SampleBuildCollection.Name)]
public sealed class SamplePdfTests(SampleBuildFixture build)
{
    [Fact]
    public void Pdf_is_A4_tagged_and_titled_with_the_publication()
    {
        var info = Poppler.Info(build.Pdf);

        Assert.Contains("(A4)", Poppler.Field(info, "Page size"));
        Assert.Equal("yes", Poppler.Field(info, "Tagged"));
        Assert.Equal("Integrering i Norge 2025", Poppler.Field(info, "Title"));
    }

    [Fact]
    public void Pdf_language_is_norwegian_bokmal()
    {
        var raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(build.Pdf));

        Assert.Contains("/Lang (nb)", raw);
    }

    [Fact]
    public void Every_font_is_embedded()
    {
        var rows = Poppler.Fonts(build.Pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row));
        Assert.All(rows, row => Assert.Contains("NotoSans", row));
    }

    [Fact]
    public void Every_page_after_the_cover_has_its_number_in_the_footer()
    {
        var pages = Poppler.PageCount(build.Pdf);

        Assert.True(pages >= 6, $"expected a cover and five chapters, got {pages} pages");
        for (var page = 2; page <= pages; page++)
        {
            var lastLine = Poppler.PageText(build.Pdf, page).Split('\n').Last(l => l.Trim().Length > 0).Trim();
            Assert.Equal($"{page} av {pages}", lastLine);
        }
    }

    [Fact]
    public void Chapter_and_indicator_headings_are_bookmarks()
    {
        var titles = PdfOutline.Titles(build.Pdf);

        Assert.Contains("Arbeid og sysselsetting", titles);
        Assert.Contains("Levekår", titles);
        Assert.Contains("Fellesskap og deltagelse", titles);
        Assert.Contains("Sysselsatte 20–66 år", titles);
    }

    [Fact]
    public void Text_holds_indicator_names_and_numbers_in_norwegian_format()
    {
        var text = Poppler.Text(build.Pdf);

        Assert.Contains("Sysselsatte 20–66 år", text);
        Assert.Contains("Barn 1–5 år i barnehage", text);
        Assert.Contains("68,2", text);
        Assert.Contains("79,8", text);
        Assert.Contains("\u22120,7 prosentpoeng", text);
        Assert.DoesNotMatch(new Regex(@"\b68\.2\b"), text);
    }

    [Fact]
    public void Charts_are_vector_graphics_with_real_text()
    {
        var images = Poppler.Images(build.Pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0);
        var structure = Poppler.Structure(build.Pdf);
        var text = Poppler.Text(build.Pdf);

        Assert.Empty(images);
        Assert.Contains("Figure", structure);
        Assert.Contains("Innvandrere 68,2", text);
    }
}
