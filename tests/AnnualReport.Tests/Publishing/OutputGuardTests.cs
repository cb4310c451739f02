using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Publishing;

/// <summary>The program replaces only folders it wrote itself or empty ones; everything else is refused before anything is touched.</summary>
public sealed class OutputGuardTests
{
    private static readonly string[] NoInputs = [];

    [Fact]
    public void A_folder_with_someone_elses_files_is_refused_as_unsafe_output()
    {
        using var temp = new TempDirectory();
        var documents = Path.Combine(temp.Path, "Documents");
        temp.File(Path.Combine("Documents", "letter.docx"), "mine");

        var error = Assert.Throws<InputException>(() => OutputGuard.Check(documents, NoInputs));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("unsafe-output", diagnostic.Code);
        Assert.Equal("--out", diagnostic.Where.File);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(documents, "letter.docx")));
    }

    [Fact]
    public void An_empty_folder_a_new_folder_and_a_marked_folder_may_be_replaced()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));
        var marked = Path.Combine(temp.Path, "marked");
        Directory.CreateDirectory(marked);
        OutputGuard.Mark(marked);
        File.WriteAllText(Path.Combine(marked, "index.html"), "old build");

        OutputGuard.Check(Path.Combine(temp.Path, "empty"), NoInputs);
        OutputGuard.Check(Path.Combine(temp.Path, "new"), NoInputs);
        OutputGuard.Check(marked, NoInputs);
    }

    [Fact]
    public void A_file_the_root_and_a_symbolic_link_are_refused()
    {
        using var temp = new TempDirectory();
        var file = temp.File("report.pdf", "x");
        var link = Path.Combine(temp.Path, "link");
        Directory.CreateSymbolicLink(link, temp.Path);

        Assert.Equal("unsafe-output", Assert.Throws<InputException>(() => OutputGuard.Check(file, NoInputs)).Diagnostics[0].Code);
        Assert.Equal("unsafe-output", Assert.Throws<InputException>(() => OutputGuard.Check(Path.GetPathRoot(temp.Path)!, NoInputs)).Diagnostics[0].Code);
        Assert.Equal("unsafe-output", Assert.Throws<InputException>(() => OutputGuard.Check(link, NoInputs)).Diagnostics[0].Code);
        Assert.Equal("unsafe-output", Assert.Throws<InputException>(() => OutputGuard.Check(Path.Combine(file, "site"), NoInputs)).Diagnostics[0].Code);
    }

    [Fact]
    public void A_folder_that_holds_or_lies_inside_the_input_is_refused_even_when_marked()
    {
        using var temp = new TempDirectory();
        var content = Path.Combine(temp.Path, "editions", "2025");
        Directory.CreateDirectory(content);
        OutputGuard.Mark(content);
        var catalogue = temp.File(Path.Combine("editions", "2025", "indicators.yaml"), "edition: {}");
        string[] inputs = [catalogue, content];

        Assert.Throws<InputException>(() => OutputGuard.Check(content, inputs));
        Assert.Throws<InputException>(() => OutputGuard.Check(Path.Combine(temp.Path, "editions"), inputs));
        Assert.Throws<InputException>(() => OutputGuard.Check(Path.Combine(content, "site"), inputs));
        Assert.Throws<InputException>(() => OutputGuard.Check(temp.Path, inputs));
        OutputGuard.Check(Path.Combine(temp.Path, "output", "2025"), inputs);
    }

    [Fact]
    public void A_marker_that_is_a_link_does_not_make_a_folder_ours()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "home");
        temp.File(Path.Combine("home", "notes.txt"), "mine");
        var elsewhere = temp.File("marker", "x");
        File.CreateSymbolicLink(Path.Combine(folder, OutputGuard.MarkerFile), elsewhere);

        Assert.Throws<InputException>(() => OutputGuard.Check(folder, NoInputs));
    }
}
