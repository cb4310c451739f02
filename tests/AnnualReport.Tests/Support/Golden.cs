namespace AnnualReport.Tests.Support;

/// <summary>
/// Compares output with a committed golden file. Set UPDATE_GOLDEN=1 to rewrite the golden files
/// after an intended change, then review the diff before committing.
/// </summary>
internal static class Golden
{
    public static void Match(string actual, string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "AnnualReport.Tests", relativePath);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {relativePath} is missing; run the tests once with UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
