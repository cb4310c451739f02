using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>Drafts for reviewers: marked on every page and page of the PDF, with a stamp that tells two drafts apart.</summary>
[Trait("Tier", "Full")]
public sealed class DraftTests
{
    private static BuildOptions Options(string catalogue, string output, bool draft, bool pdf) => new(catalogue)
    {
        TemplateDirectory = RepositoryPaths.Templates,
        FontDirectory = RepositoryPaths.Fonts,
        OutputDirectory = output,
        Draft = draft,
        Pdf = pdf,
        Date = new DateOnly(2025, 11, 3),
    };

    [Fact]
    public async Task A_draft_says_DRAFT_in_its_language_on_every_pdf_page_and_every_web_page_with_its_stamp()
    {
        using var temp = new TempDirectory();
        var catalogue = RepositoryPaths.FixtureCatalogue("english");

        var result = await ReportPipeline.BuildAsync(Options(catalogue, Path.Combine(temp.Path, "draft"), draft: true, pdf: true));

        var pages = Poppler.PageCount(result.MainLanguage().PdfPath!);
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains("DRAFT", System.Text.RegularExpressions.Regex.Replace(Poppler.RawPageText(result.MainLanguage().PdfPath!, page), @"\s+", string.Empty));
        }

        foreach (var file in result.MainLanguage().Pages.Where(p => p != "print.html"))
        {
            var html = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, file));
            Assert.Matches(@"class=""draft-banner"" role=""note""><strong>DRAFT</strong> · Draft 2024, built 3 November 2025, fingerprint [0-9a-f]{10}<", html);
        }
        // The reference numbers stand in the left margin, at least 4 mm left of the text, which
        // starts where it does in a final build (20 mm).
        using var document = UglyToad.PdfPig.PdfDocument.Open(result.MainLanguage().PdfPath!);
        const double Millimetre = 72 / 25.4;
        // The body of each page: the running header above and the page number below are margin boxes.
        var words = document.GetPages().SelectMany(p => p.GetWords().Where(w => w.BoundingBox.Bottom > 24 * Millimetre && w.BoundingBox.Top < p.Height - (22 * Millimetre))).ToList();
        var margin = words.Where(w => w.BoundingBox.Left < 19.5 * Millimetre && !w.Text.Contains("DRAFT", StringComparison.Ordinal)).ToList();
        Assert.True(margin.Count > 20, $"{margin.Count} words in the left margin");
        Assert.All(margin, w => Assert.Matches(@"^\d+(\.\d+)*$", w.Text));
        Assert.All(margin, w => Assert.True(w.BoundingBox.Right <= 16.5 * Millimetre, $"{w.Text} ends at {w.BoundingBox.Right / Millimetre:0.0} mm"));
        Assert.Contains(margin, w => w.Text == "1.1.1");
        Assert.DoesNotContain(words, w => w.BoundingBox.Left is > 16.5 * Millimetre and < 19.5 * Millimetre);
    }

    [Fact]
    public async Task A_final_build_has_no_draft_marks_and_the_fingerprint_follows_the_inputs()
    {
        using var temp = new TempDirectory();
        var source = RepositoryPaths.Fixture("english");
        var project = Path.Combine(temp.Path, "project");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var catalogue = Path.Combine(project, "editions", "2024", "indicators.yaml");
        var first = await ReportPipeline.BuildAsync(Options(catalogue, Path.Combine(temp.Path, "a"), draft: false, pdf: false));
        File.AppendAllText(Path.Combine(project, "editions", "2024", "data", "health.csv"), "2024,migrants,73.0,\n");
        var second = await ReportPipeline.BuildAsync(Options(catalogue, Path.Combine(temp.Path, "b"), draft: false, pdf: false));

        var before = File.ReadAllText(Path.Combine(first.MainLanguage().Directory, "method.html"));
        var after = File.ReadAllText(Path.Combine(second.MainLanguage().Directory, "method.html"));
        Assert.DoesNotContain("draft-banner", before);
        var stamp = new System.Text.RegularExpressions.Regex("fingerprint ([0-9a-f]{10})");
        Assert.NotEqual(stamp.Match(before).Groups[1].Value, stamp.Match(after).Groups[1].Value);
    }
}
