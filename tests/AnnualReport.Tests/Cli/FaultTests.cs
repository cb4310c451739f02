using System.Diagnostics;
using System.Runtime.InteropServices;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Cli;

/// <summary>
/// Faults of the machine, as a user meets them: a browser that hangs or crashes, a full or
/// read-only disk, a build stopped with SIGTERM. Each is one line and exit code 3 (or 130 when
/// stopped), the previous output stays as it was, and no staging folder is left behind.
/// </summary>
[Trait("Tier", "Full")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FaultTests
{
    [Fact]
    public void A_browser_that_never_answers_is_exit_3_after_the_print_timeout_and_leaves_nothing()
    {
        using var temp = new TempDirectory();
        var browser = FakeBrowser(temp, "exec sleep 120");
        var output = Path.Combine(temp.Path, "out", "2025");

        var result = ProcessRunner.AnnualReport(["build", "--out", output, "--browser", browser, "--print-timeout", "2", "--catalogue", RepositoryPaths.Catalogue], temp.Path);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("feil: ", line);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public void A_browser_that_crashes_is_exit_3_and_the_previous_output_stays()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "2025");
        var before = PreviousOutput(temp, output);
        var browser = FakeBrowser(temp, "echo 'Segmentation fault' >&2; exit 139");

        var result = ProcessRunner.AnnualReport(["build", "--out", output, "--browser", browser, "--catalogue", RepositoryPaths.Catalogue], temp.Path);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("feil: ", result.Stderr);
        Assert.Equal(before, OutputSafetyTests.Snapshot(output));
        Assert.Equal(["2025", "browser.sh"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sigterm_cancels_the_build_removes_its_staging_and_keeps_the_previous_output()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "2025");
        var before = PreviousOutput(temp, output);

        // The browser hangs, so the build waits for it with its pages written to the staging folder.
        var browser = FakeBrowser(temp, "exec sleep 120");
        using var build = ProcessRunner.Start(["build", "--out", output, "--browser", browser, "--print-timeout", "600", "--catalogue", RepositoryPaths.Catalogue], temp.Path);
        var staging = Path.Combine(temp.Path, $".2025.building-{build.Process.Id}");
        while (!File.Exists(Path.Combine(staging, "nb", "analysis.json")) && !build.Process.HasExited)
        {
            Thread.Sleep(100);
        }

        Assert.False(build.Process.HasExited, build.Stderr);
        Assert.Equal(0, Kill(build.Process.Id, Sigterm));
        var result = build.Wait();

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("Avbrutt", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(staging));
        Assert.Equal(before, OutputSafetyTests.Snapshot(output));
    }

    [Fact]
    public void A_full_disk_is_one_line_and_exit_3_and_nothing_half_written_stays()
    {
        using var temp = new TempDirectory();
        using var disk = SmallDisk.Mount(temp.Path, "size=256k");
        var output = Path.Combine(disk.Path, "2025");

        var result = ProcessRunner.AnnualReport(["build", "--no-pdf", "--out", output, "--date", "2025-11-20", "--catalogue", RepositoryPaths.Catalogue], temp.Path);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("disken er full", line);
        Assert.Empty(Directory.GetFileSystemEntries(disk.Path));
    }

    [Fact]
    public void A_read_only_disk_is_one_line_and_exit_3()
    {
        using var temp = new TempDirectory();
        using var disk = SmallDisk.Mount(temp.Path, "size=1m,ro");

        var result = ProcessRunner.AnnualReport(["build", "--no-pdf", "--out", Path.Combine(disk.Path, "2025"), "--date", "2025-11-20", "--catalogue", RepositoryPaths.Catalogue], temp.Path);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("skrivebeskyttet", line);
    }

    [Fact]
    public void A_crashing_browser_does_not_hide_the_input_error_that_stopped_the_build()
    {
        using var temp = new TempDirectory();
        var templates = Path.Combine(temp.Path, "templates");
        foreach (var file in Directory.GetFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(RepositoryPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.AppendAllText(Path.Combine(templates, "index.sbn"), "{{ for }}");
        var browser = FakeBrowser(temp, "exit 1");

        var result = ProcessRunner.AnnualReport(["build", "--out", Path.Combine(temp.Path, "out"), "--templates", templates, "--browser", browser, "--catalogue", RepositoryPaths.Catalogue], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error template-error", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>A finished build (web pages only) at <paramref name="output"/>, as its files' hashes.</summary>
    private static Dictionary<string, string> PreviousOutput(TempDirectory temp, string output)
    {
        var first = ProcessRunner.AnnualReport(["build", "--no-pdf", "--out", output, "--date", "2025-11-20", "--catalogue", RepositoryPaths.Catalogue], temp.Path);
        Assert.True(first.ExitCode == 0, first.Stderr);
        return OutputSafetyTests.Snapshot(output);
    }

    private static string FakeBrowser(TempDirectory temp, string body)
    {
        var path = temp.File("browser.sh", $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>A small tmpfs, for a disk that fills up or is read-only. Needs root, as CI and the developers' machines run.</summary>
    private sealed class SmallDisk : IDisposable
    {
        private SmallDisk(string path) => Path = path;

        public string Path { get; }

        public static SmallDisk Mount(string parent, string options)
        {
            var path = System.IO.Path.Combine(parent, "disk");
            Directory.CreateDirectory(path);
            var mount = ProcessRunner.Run("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path]);
            Assert.True(mount.ExitCode == 0, $"these tests mount a small tmpfs and need root: {mount.Stderr}");
            return new SmallDisk(path);
        }

        public void Dispose() => ProcessRunner.Run("umount", [Path]);
    }
}
