namespace AnnualReport.Tests.Support;

/// <summary>Paths inside the repository, found by walking up from the test binaries to the solution file.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The sample edition's folder, <c>editions/2025/</c>.</summary>
    public static string SampleEdition => Path.Combine(Root, "editions", "2025");

    public static string Catalogue => Path.Combine(SampleEdition, "indicators.yaml");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Fonts => Path.Combine(Root, "node_modules", "@fontsource", "noto-sans", "files");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The catalogue of a fixture project's only edition (<c>Fixtures/&lt;name&gt;/editions/&lt;year&gt;/indicators.yaml</c>).</summary>
    public static string FixtureCatalogue(string name) =>
        Assert.Single(Directory.GetFiles(Path.Combine(Fixture(name), "editions"), "indicators.yaml", SearchOption.AllDirectories));

    /// <summary>
    /// Copies the sample edition into <paramref name="project"/> as <c>editions/2025/</c> (a project of
    /// its own; templates and fonts stay in the repository) and gives the copy's catalogue.
    /// </summary>
    public static string CopySample(string project)
    {
        var target = Path.Combine(project, "editions", "2025");
        foreach (var file in Directory.GetFiles(SampleEdition, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(SampleEdition, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return Path.Combine(target, "indicators.yaml");
    }

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
