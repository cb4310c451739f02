using AnnualReport.Model;
using AnnualReport.Preview;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Preview;

/// <summary>
/// The preview's builds on a copy of the sample edition, without a browser: a text edit reuses the
/// figures, analysis and charts and still shows on the page; a data change reads the figures again;
/// bad input is diagnostics, not an exception; nothing is written outside output/2025-preview/.
/// </summary>
// Each test builds the sample in process, some twice: the full tier, to keep the fast tier under a minute.
[Trait("Tier", "Full")]
public sealed class PreviewBuilderTests : IDisposable
{
    private const string Sentence = "Denne publikasjonen viser hvordan integreringen i Norge utvikler seg over tid";
    private const string Edited = "Denne utgaven viser hvordan integreringen i Norge endrer seg over tid";

    private readonly PreviewEdition _edition = new();
    private readonly PreviewBuilder _builder;

    public PreviewBuilderTests()
    {
        _builder = new PreviewBuilder(new BuildOptions(_edition.Catalogue) { Date = new DateOnly(2025, 11, 20), FontDirectory = RepositoryPaths.Fonts, Pdf = false });
    }

    [Fact]
    public async Task A_text_edit_reuses_figures_and_charts_and_shows_on_the_page()
    {
        var first = await _builder.BuildAsync();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.False(first.FiguresReused);
        Assert.Contains(Sentence, Front(first));

        _edition.Edit(_edition.TextFile, Sentence, Edited);
        var second = await _builder.BuildAsync();

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.True(second.FiguresReused);
        Assert.True(second.ChartsReused);
        Assert.Contains(Edited, Front(second));
        Assert.DoesNotContain(Sentence, Front(second));
        Assert.Equal(["nb", "nn"], second.Languages.Select(l => l.Code));
    }

    [Fact]
    public async Task A_changed_data_file_is_read_again()
    {
        await _builder.BuildAsync();
        var data = Path.Combine(_edition.Content, "data", "sysselsetting.csv");
        File.SetLastWriteTimeUtc(data, File.GetLastWriteTimeUtc(data).AddMinutes(1));

        var rebuilt = await _builder.BuildAsync();

        Assert.True(rebuilt.Succeeded);
        Assert.False(rebuilt.FiguresReused);
        Assert.False(rebuilt.ChartsReused);
    }

    [Fact]
    public async Task A_rebuild_after_a_catalogue_edit_reports_what_a_first_build_reports()
    {
        await _builder.BuildAsync();
        await _builder.BuildAsync();
        _edition.Edit(_edition.Catalogue, "languages: [nb, nn]", "languages: [nb]");

        var rebuilt = await _builder.BuildAsync();
        var fresh = await new PreviewBuilder(_builder.Options).BuildAsync();

        Assert.False(rebuilt.FiguresReused);
        Assert.Equal(fresh.Succeeded, rebuilt.Succeeded);
        Assert.Equal(fresh.Diagnostics, rebuilt.Diagnostics);
        Assert.Contains(rebuilt.Diagnostics, d => d.Code == "unknown-language");
    }

    [Fact]
    public async Task A_template_edit_keeps_the_figures_and_draws_the_charts_again()
    {
        await _builder.BuildAsync();
        File.AppendAllText(Path.Combine(_edition.Root, "templates", "site.css"), "\n/* edited */\n");

        var rebuilt = await _builder.BuildAsync();

        Assert.True(rebuilt.FiguresReused);
        Assert.False(rebuilt.ChartsReused);
    }

    [Fact]
    public async Task Broken_yaml_is_a_diagnostic_at_its_line_and_the_last_pages_stay()
    {
        var good = await _builder.BuildAsync();
        File.AppendAllText(_edition.TextFile, "\nbroken: [unclosed\n");

        var broken = await _builder.BuildAsync();

        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.Code == "yaml-syntax");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(Path.Combine("editions", "2025", "text.yaml"), error.Where.File);
        Assert.True(error.Where.Line > 30, error.ToString());
        Assert.Contains(Sentence, File.ReadAllText(Path.Combine(good.Folder!, "nb", "index.html")));
    }

    [Fact]
    public async Task A_template_error_is_a_diagnostic_in_the_template()
    {
        await _builder.BuildAsync();
        File.AppendAllText(Path.Combine(_edition.Root, "templates", "index.sbn"), "{{ for }}");

        var broken = await _builder.BuildAsync();

        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.Code == "template-error");
        Assert.Contains("index.sbn", error.Where.File);
        Assert.True(error.Where.Line > 0, error.ToString());
    }

    [Fact]
    public async Task Only_the_preview_folder_is_written_and_its_pages_carry_no_script_but_the_shipped_one()
    {
        var build = await _builder.BuildAsync();

        Assert.Equal(_edition.PreviewOutput, build.Folder);
        Assert.False(Directory.Exists(_edition.RealOutput));
        Assert.True(OutputGuard.IsMarked(build.Folder!));
        Assert.Equal(["output"], Directory.GetDirectories(_edition.Root).Select(Path.GetFileName).Except(["editions", "templates"]));
        foreach (var page in Directory.GetFiles(build.Folder!, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("<script", HtmlScan.WithoutShippedScript(File.ReadAllText(page)), StringComparison.OrdinalIgnoreCase);
        }
    }

    public void Dispose() => _edition.Dispose();

    private static string Front(PreviewBuild build) => File.ReadAllText(Path.Combine(build.Folder!, "nb", "index.html"));
}
