using System.Text.RegularExpressions;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Fetching;

/// <summary>Builds never go to the network: only <c>Fetching/</c> may send a request.</summary>
public sealed partial class NetworkBoundaryTests
{
    [Fact]
    public void Only_the_fetching_folder_of_the_library_talks_to_the_network()
    {
        var library = Path.Combine(RepositoryPaths.Root, "src", "AnnualReport");
        var fetching = Path.Combine(library, "Fetching") + Path.DirectorySeparatorChar;
        var sources = Directory.GetFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var offenders = sources.Where(f => !f.StartsWith(fetching, StringComparison.Ordinal) && Network().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(RepositoryPaths.Root, f)).ToList();

        Assert.Contains(sources, f => f.StartsWith(fetching, StringComparison.Ordinal) && Network().IsMatch(File.ReadAllText(f)));
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\bHttpClient\b|\bWebRequest\b|\bSocket\b|\bTcpClient\b")]
    private static partial Regex Network();
}
