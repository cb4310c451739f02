using AnnualReport.Catalogue;
using AnnualReport.Tests.Support;
using AnnualReport.Validation;

namespace AnnualReport.Tests.Editions;

/// <summary>An edition whose data folder is missing gets one error per missing folder, not one per file.</summary>
public sealed class MissingFolderTests
{
    [Fact]
    public void A_missing_data_folder_is_one_error_naming_the_folder_and_how_many_indicators_need_it()
    {
        using var temp = new TempDirectory();
        var catalogue = RepositoryPaths.CopySample(temp.Path);
        Directory.Delete(Path.Combine(temp.Path, "editions", "2025", "data"), recursive: true);
        var national = CatalogueLoader.Load(catalogue).Indicators.Count(i => i.Data.File.StartsWith("data/", StringComparison.Ordinal) && !i.Data.File.Contains("kommuner", StringComparison.Ordinal));

        var report = EditionLoader.Load(new BuildOptions(catalogue) { TemplateDirectory = RepositoryPaths.Templates, Language = "nb" }, municipalities: true);

        var missing = report.Diagnostics.Where(d => d.Code == "file-not-found").ToList();
        var folder = Path.Combine("editions", "2025", "data");
        Assert.Contains(missing, d => d.Message.Contains($"{folder} ", StringComparison.Ordinal) && d.Message.Contains($"{national} indikatorer", StringComparison.Ordinal));
        Assert.Contains(missing, d => d.Message.Contains(Path.Combine(folder, "kommuner") + " ", StringComparison.Ordinal));
        Assert.True(missing.Count <= 3, string.Join("\n", missing)); // the two folders, and the country-background file of the municipal section
        Assert.All(missing.Where(d => d.Message.Contains("mappen", StringComparison.Ordinal)), d => Assert.Equal(Path.Combine("editions", "2025", "indicators.yaml"), d.Where.File));
    }
}
