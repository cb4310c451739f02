using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Editions;

/// <summary>An edition's own <c>templates/</c> folder replaces shared files by path and shared phrases by key, and nothing else.</summary>
public sealed class TemplateOverrideTests
{
    [Fact]
    public void An_edition_file_replaces_the_shared_file_of_the_same_path_only()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("shared", "partials", "a.sbn"), "shared a");
        temp.File(Path.Combine("shared", "partials", "b.sbn"), "shared b");
        temp.File(Path.Combine("edition", "partials", "b.sbn"), "edition b");
        temp.File(Path.Combine("edition", "partials", "c.sbn"), "edition c");
        var folders = new TemplateFolders(Path.Combine(temp.Path, "shared"), Path.Combine(temp.Path, "edition"));

        var files = folders.Files("partials", "*.sbn");

        Assert.Equal(["shared a", "edition b", "edition c"], files.Select(File.ReadAllText));
        Assert.Equal([Path.Combine(temp.Path, "shared")], new TemplateFolders(Path.Combine(temp.Path, "shared"), Path.Combine(temp.Path, "none")).Roots);
    }

    [Fact]
    public void An_edition_phrase_replaces_the_shared_phrase_of_its_key_and_the_others_stay()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("editions", "2025", "templates", "phrases", "nb", "pages.yaml"), "contents: Innholdsliste\n");
        var options = new BuildOptions(Path.Combine(temp.Path, "editions", "2025", "indicators.yaml")) { TemplateDirectory = RepositoryPaths.Templates };
        var shared = PhraseBook.Load(RepositoryPaths.Templates, "nb", CultureInfo.GetCultureInfo("nb-NO"));

        var book = PhraseBook.Load(options.Templates, "nb", CultureInfo.GetCultureInfo("nb-NO"));

        Assert.Equal("Innholdsliste", book.Get("pages.contents"));
        Assert.Equal(shared.Keys, book.Keys);
        Assert.Equal(shared.Get("pages.preface"), book.Get("pages.preface"));
    }

    [Fact]
    public async Task A_build_uses_the_editions_own_template_phrase_and_style_sheet()
    {
        using var edition = BilingualEdition.Create();
        var own = Path.Combine(edition.Root, "editions", "2025", "templates");
        Directory.CreateDirectory(Path.Combine(own, "phrases", "nn"));
        File.WriteAllText(Path.Combine(own, "site.css"), File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "site.css")) + "\n/* edition 2025 */\n");
        File.WriteAllText(Path.Combine(own, "phrases", "nn", "pages.yaml"), "preface: Føreord for 2025\n");
        var output = Path.Combine(edition.Root, "out");

        var result = await ReportPipeline.BuildAsync(new BuildOptions(edition.CataloguePath)
        {
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            OutputDirectory = output,
            Pdf = false,
            Date = new DateOnly(2025, 11, 20),
        });

        Assert.Contains("/* edition 2025 */", File.ReadAllText(Path.Combine(output, "nb", "assets", "site.css")), StringComparison.Ordinal);
        var nn = string.Concat(result.Languages.Single(l => l.Language == "nn").Pages.Select(p => File.ReadAllText(Path.Combine(output, "nn", p))));
        var nb = string.Concat(result.Languages.Single(l => l.Language == "nb").Pages.Select(p => File.ReadAllText(Path.Combine(output, "nb", p))));
        Assert.Contains("Føreord for 2025", nn, StringComparison.Ordinal);
        Assert.DoesNotContain("Føreord for 2025", nb, StringComparison.Ordinal);
    }
}
