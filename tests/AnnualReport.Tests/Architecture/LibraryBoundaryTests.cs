using System.Text.RegularExpressions;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Architecture;

/// <summary>
/// What the library must not do by itself: read the clock or the current directory (both come in
/// as options from the command line, so a build is reproducible from its options), or swallow the
/// cancellation that the command line hands down.
/// </summary>
public sealed partial class LibraryBoundaryTests
{
    private static IEnumerable<(string File, string Text)> LibrarySources() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "AnnualReport"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(RepositoryPaths.Root, f), File.ReadAllText(f)));

    [Fact]
    public void The_library_reads_neither_the_clock_nor_the_current_directory()
    {
        var offenders = LibrarySources()
            .SelectMany(s => ClockOrDirectory().Matches(s.Text).Select(m => $"{s.File}: {m.Value}"))
            .ToList();

        Assert.True(LibrarySources().Count() > 50, "the library's sources were not found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void Both_pipelines_take_a_cancellation_token()
    {
        foreach (var pipeline in new[] { typeof(ReportPipeline), typeof(AnnualReport.Municipal.MunicipalPipeline) })
        {
            var build = pipeline.GetMethod("BuildAsync")!;
            Assert.Contains(build.GetParameters(), p => p.ParameterType == typeof(CancellationToken));
        }
    }

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|Today|UtcNow)|Environment\.CurrentDirectory|Directory\.GetCurrentDirectory|TimeProvider\.System")]
    private static partial Regex ClockOrDirectory();
}
