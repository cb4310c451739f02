using System.Text.RegularExpressions;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Validation;

/// <summary>The list of diagnostic codes is complete, and every code is asserted by a test.</summary>
public sealed partial class DiagnosticCodesTests
{
    private static IEnumerable<string> Sources(string folder) =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void Every_code_the_source_reports_is_listed()
    {
        var used = Sources("src").Where(f => !f.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal))
            .SelectMany(f => CodeArgument().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value))
            .ToHashSet();

        Assert.True(used.Count > 20, $"found only {used.Count} codes; has the way codes are passed changed?");
        Assert.Empty(used.Except(DiagnosticCodes.All.Keys));
    }

    [Fact]
    public void Every_listed_code_has_a_test_that_asserts_it()
    {
        var tests = string.Join("\n", Sources("tests").Where(f => !f.EndsWith(nameof(DiagnosticCodesTests) + ".cs", StringComparison.Ordinal)).Select(File.ReadAllText));

        var untested = DiagnosticCodes.All.Keys.Where(code => !tests.Contains($"\"{code}\"", StringComparison.Ordinal)).ToList();

        Assert.Empty(untested);
    }

    [Fact]
    public void The_readme_lists_every_code_for_analysts()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        var missing = DiagnosticCodes.All.Keys.Where(code => !readme.Contains($"| `{code}`", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "README.md lacks " + string.Join(", ", missing));
    }

    // A kebab-case literal as the first argument of a diagnostic (Error, Warning, Report, Add)
    // or as the code argument of RequiredReference.
    [GeneratedRegex(@"(?:Error|Warning|Report|Add)\(\s*""(?<code>[a-z]+(?:-[a-z]+)+)""|RequiredReference\([^;]*?""(?<code>[a-z]+(?:-[a-z]+)+)""")]
    private static partial Regex CodeArgument();
}
