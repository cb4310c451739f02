using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnnualReport.Tests.Publishing;

/// <summary>
/// The English test edition (language en, culture en-GB) built without a PDF: the pipeline hands the
/// English phrase book to charts, downloads, page numbers and analysis.json, so none of them has a
/// Norwegian word.
/// </summary>
public sealed partial class EnglishBuildWordsTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    private BuildResult _result = null!;

    public async Task InitializeAsync()
    {
        _result = await ReportPipeline.BuildAsync(new BuildOptions(RepositoryPaths.FixtureCatalogue("english"))
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = Path.Combine(_temp.Path, "out"),
            Date = new DateOnly(2025, 11, 20),
            Pdf = false,
        });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_downloads_have_english_sheet_names_and_headers()
    {
        using var document = SpreadsheetDocument.Open(Path.Combine(_result.MainLanguage().Directory, Downloads.Spreadsheet), false);
        Assert.Equal(["Figures", "Indicators", "Symbols"], document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));

        var csv = Directory.GetFiles(Path.Combine(_result.MainLanguage().Directory, "data"), "*.csv");
        Assert.NotEmpty(csv);
        Assert.All(csv, file =>
        {
            var text = File.ReadAllText(file);
            Assert.StartsWith("\uFEFFTheme,Indicator ID,Indicator,Level,Group,Breakdown,Category,Year,Value,", text);
            Assert.DoesNotMatch(Norwegian(), text);
        });
    }

    [Fact]
    public void Every_reason_in_analysis_json_is_english()
    {
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(_result.MainLanguage().Directory, "analysis.json"))).RootElement;
        var reasons = root.GetProperty("series").EnumerateArray().SelectMany(s => s.GetProperty("why").EnumerateObject()).ToList();

        Assert.NotEmpty(reasons);
        Assert.All(reasons, r =>
        {
            Assert.Matches("^[a-z-]+$", r.Value.GetProperty("code").GetString());
            Assert.DoesNotMatch(Norwegian(), r.Value.GetProperty("text").GetString()!);
        });
    }

    [Fact]
    public void Charts_and_page_numbers_are_in_english_with_en_gb_numbers()
    {
        var svgs = _result.MainLanguage().Pages.Select(p => File.ReadAllText(Path.Combine(_result.MainLanguage().Directory, p)))
            .SelectMany(html => Svg().Matches(html).Select(m => m.Value)).ToList();

        Assert.NotEmpty(svgs);
        Assert.Contains(svgs, svg => svg.Contains("Line chart, per cent, ", StringComparison.Ordinal));
        Assert.All(svgs, svg => Assert.DoesNotMatch(Norwegian(), svg));
        Assert.DoesNotContain(svgs, svg => DecimalComma().IsMatch(svg));
        Assert.Contains("content: counter(page) \" of \" counter(pages);", File.ReadAllText(Path.Combine(_result.MainLanguage().Directory, "assets", SiteAssets.PrintStyleSheet)));
    }

    /// <summary>Words the bokmål phrase books use for charts, downloads and reasons.</summary>
    [GeneratedRegex(@"\b(Prosent|prosent|Antall|Brudd|brudd|Mål|Linjediagram|Stolpediagram|Prikkdiagram|ingen tall|Ingen tall|Forskjell|Tall|Verdi|I alt|Hovedindikator|mangler|ikke|måling|Fra|fra \d)\b")]
    private static partial Regex Norwegian();

    [GeneratedRegex(@"<svg[\s\S]*?</svg>")]
    private static partial Regex Svg();

    /// <summary>A number written with a decimal comma (65,8) in a chart's text.</summary>
    [GeneratedRegex(@">\u2212?\d+,\d\b|\(\d+,\d\)| \d+,\d ")]
    private static partial Regex DecimalComma();
}
