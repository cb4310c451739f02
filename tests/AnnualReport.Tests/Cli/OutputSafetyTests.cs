using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Cli;

/// <summary>
/// <c>--out</c> as a careless or hostile user gives it: the command refuses with exit code 2 and
/// touches nothing, or writes only inside the folder it was given.
/// </summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public void Out_pointing_at_a_folder_of_documents_is_refused_and_nothing_is_touched()
    {
        using var temp = new TempDirectory();
        var documents = Path.Combine(temp.Path, "Documents");
        temp.File(Path.Combine("Documents", "budget.xlsx"), "mine");
        temp.File(Path.Combine("Documents", "sub", "notes.txt"), "also mine");
        var before = Snapshot(temp.Path);

        var result = ProcessRunner.AnnualReport(["build", "--no-pdf", "--out", documents, "--catalogue", RepositoryPaths.Catalogue], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error unsafe-output", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Theory]
    [InlineData("editions/2025")]
    [InlineData("editions/2025/data")]
    [InlineData("editions")]
    [InlineData(".")]
    [InlineData("templates")]
    [InlineData("/")]
    public async Task Out_pointing_at_the_edition_itself_or_the_root_is_refused(string output)
    {
        using var temp = new TempDirectory();
        var project = CopyProject(temp.Path);
        var before = Snapshot(project);
        var options = new BuildOptions("editions/2025/indicators.yaml")
        {
            WorkingDirectory = project,
            OutputDirectory = output,
            FontDirectory = RepositoryPaths.Fonts,
            Pdf = false,
            Date = new DateOnly(2025, 11, 20),
        };

        var error = await Assert.ThrowsAsync<AnnualReport.Model.InputException>(() => ReportPipeline.BuildAsync(options));

        Assert.Equal("unsafe-output", Assert.Single(error.Diagnostics).Code);
        Assert.Equal(before, Snapshot(project));
    }

    [Fact]
    public void Out_naming_a_file_is_refused_and_the_file_kept()
    {
        using var temp = new TempDirectory();
        var file = temp.File("report.pdf", "%PDF-1.7 mine");

        var result = ProcessRunner.AnnualReport(["build", "--no-pdf", "--out", file, "--catalogue", RepositoryPaths.Catalogue], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error unsafe-output", result.Stderr);
        Assert.Equal("%PDF-1.7 mine", File.ReadAllText(file));
    }

    [Fact]
    [Trait("Tier", "Full")] // builds the sample edition's municipal products (or the sample twice): seconds, kept out of the fast tier
    public void A_second_build_replaces_the_first_and_leaves_no_staging_folder()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "site");
        string[] arguments = ["build", "--no-pdf", "--out", output, "--catalogue", RepositoryPaths.Catalogue, "--date", "2025-11-20"];

        var first = ProcessRunner.AnnualReport(arguments, temp.Path);
        File.WriteAllText(Path.Combine(output, "stray.html"), "left by hand");
        var second = ProcessRunner.AnnualReport(arguments, temp.Path);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.False(File.Exists(Path.Combine(output, "stray.html")));
        Assert.True(File.Exists(Path.Combine(output, ".annual-report-output")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    [Trait("Tier", "Full")] // builds the sample edition's municipal products (or the sample twice): seconds, kept out of the fast tier
    public void Municipalities_refuses_a_foreign_folder_too()
    {
        using var temp = new TempDirectory();
        temp.File(Path.Combine("photos", "holiday.jpg"), "mine");

        var result = ProcessRunner.AnnualReport(["municipalities", "--no-pdf", "--only", "0301", "--out", Path.Combine(temp.Path, "photos"), "--catalogue", RepositoryPaths.Catalogue], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error unsafe-output", result.Stderr);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(temp.Path, "photos", "holiday.jpg")));
    }

    [Theory]
    [InlineData("--parallel", "500")]
    [InlineData("--parallel", "0")]
    [InlineData("--print-timeout", "0")]
    public void Limits_on_parallelism_and_timeouts_are_input_errors(string option, string value)
    {
        using var temp = new TempDirectory();

        var result = ProcessRunner.AnnualReport(["municipalities", "--no-pdf", option, value, "--out", Path.Combine(temp.Path, "out"), "--catalogue", RepositoryPaths.Catalogue], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches($@"^{option}: error wrong-type: ", result.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    internal static string CopyProject(string root)
    {
        var project = Path.Combine(root, "project");
        foreach (var file in new[] { "editions", "templates" }.SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))))
        {
            var target = Path.Combine(project, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), target);
        }

        return project;
    }

    internal static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => File.Exists(f) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))) : "folder");
}
