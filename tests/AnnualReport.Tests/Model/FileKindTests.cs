using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Model;

/// <summary>Input that would hang a reader (a named pipe, an endless device, a folder) is refused before it is opened.</summary>
public sealed class FileKindTests
{
    [Fact]
    public void A_named_pipe_a_device_and_a_folder_are_no_ordinary_files()
    {
        using var temp = new TempDirectory();
        var pipe = Path.Combine(temp.Path, "pipe.csv");
        Assert.Equal(0, ProcessRunner.Run("mkfifo", [pipe]).ExitCode);

        Assert.False(FileKind.IsOrdinary(pipe));
        Assert.False(FileKind.IsOrdinary("/dev/zero"));
        Assert.False(FileKind.IsOrdinary(temp.Path));
        Assert.True(FileKind.IsOrdinary(temp.File("data.csv", "year,value\n")));
    }

    [Fact]
    public void A_catalogue_that_is_a_named_pipe_or_an_endless_device_is_an_error_not_a_hang()
    {
        using var temp = new TempDirectory();
        var pipe = Path.Combine(temp.Path, "indicators.yaml");
        Assert.Equal(0, ProcessRunner.Run("mkfifo", [pipe]).ExitCode);

        foreach (var catalogue in new[] { pipe, "/dev/zero" })
        {
            var report = AnnualReport.Validation.EditionLoader.Load(new BuildOptions(catalogue));

            Assert.Equal("file-not-found", Assert.Single(report.Diagnostics).Code);
        }
    }

    [Fact]
    public void A_data_file_that_is_a_named_pipe_is_an_error_not_a_hang()
    {
        using var edition = new EditionFixture();
        var pipe = Path.Combine(Path.GetDirectoryName(edition.CataloguePath)!, "data", "employment.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(pipe)!);
        Assert.Equal(0, ProcessRunner.Run("mkfifo", [pipe]).ExitCode);

        var diagnostic = edition.Single("file-not-found");

        Assert.Contains("vanlig fil", diagnostic.Message);
    }
}
