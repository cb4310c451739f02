namespace AnnualReport.Tests.Support;

/// <summary>Paths inside the repository, found by walking up from the test binaries to the solution file.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalogue => Path.Combine(Root, "indicators.yaml");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Fonts => Path.Combine(Root, "node_modules", "@fontsource", "noto-sans", "files");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnnualReport.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AnnualReport.sln not found above " + AppContext.BaseDirectory);
    }
}
