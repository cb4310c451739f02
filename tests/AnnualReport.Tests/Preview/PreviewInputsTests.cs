using AnnualReport.Preview;

namespace AnnualReport.Tests.Preview;

/// <summary>How the preview reads a changed file: which input it is, or nothing (its own output, an editor's scratch file).</summary>
public sealed class PreviewInputsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "edition");

    private static readonly PreviewInputs Inputs = new(
        Path.Combine(Root, "editions", "2025", "indicators.yaml"),
        Path.Combine(Root, "editions", "2025"),
        [Path.Combine(Root, "templates"), Path.Combine(Root, "editions", "2025", "templates")],
        Path.Combine(Root, "output", "2025-preview"));

    [Theory]
    [InlineData("editions/2025/indicators.yaml", FileChange.Catalogue)]
    [InlineData("editions/2025/templates/site.css", FileChange.Templates)]
    [InlineData("editions/2025/text.yaml", FileChange.Text)]
    [InlineData("editions/2025/text.nn.yaml", FileChange.Text)]
    [InlineData("editions/2025/data/sysselsetting.csv", FileChange.Data)]
    [InlineData("editions/2025/data/text.yaml", FileChange.Data)]
    [InlineData("editions/2025/geography/kommuner.csv", FileChange.Data)]
    [InlineData("templates/layout.sbn", FileChange.Templates)]
    [InlineData("templates/phrases/nb/pages.yaml", FileChange.Templates)]
    [InlineData("output/2025-preview/nb/index.html", FileChange.None)]
    [InlineData("editions/2025/.text.yaml.swp", FileChange.None)]
    [InlineData("editions/2025/text.yaml~", FileChange.None)]
    [InlineData("editions/2025/4913", FileChange.None)]
    [InlineData("README.md", FileChange.None)]
    [InlineData("editions/2024/text.yaml", FileChange.None)]
    public void A_changed_file_is_classified(string file, FileChange expected) =>
        Assert.Equal(expected, Inputs.Classify(Path.Combine(Root, file)));

    [Fact]
    public void The_catalogue_folder_is_watched_without_its_subfolders()
    {
        Assert.Contains((Path.Combine(Root, "editions", "2025"), true), Inputs.Folders);
        Assert.Contains((Path.Combine(Root, "templates"), true), Inputs.Folders);
    }
}
