namespace AnnualReport.Tests.Support;

/// <summary>
/// A copy of the sample edition in a temp folder that a test may edit while the preview watches it:
/// the catalogue, the edition's files and the templates (the fonts are read from node_modules).
/// </summary>
internal sealed class PreviewEdition : IDisposable
{
    private readonly TempDirectory _temp = new();

    public PreviewEdition()
    {
        CopySample(_temp.Path);
    }

    public string Root => _temp.Path;

    public string Catalogue => Path.Combine(Content, "indicators.yaml");

    /// <summary>The edition folder: catalogue, curated text, data and geography.</summary>
    public string Content => Path.Combine(Root, "editions", "2025");

    public string TextFile => Path.Combine(Content, "text.yaml");

    /// <summary>Where the real build of this copy would go: the preview must never write there.</summary>
    public string RealOutput => Path.Combine(Root, "output", "2025");

    public string PreviewOutput => Path.Combine(Root, "output", "2025-preview");

    /// <summary>Copies the sample edition (<c>editions/2025/</c>) and the shared templates to <paramref name="root"/>, a project of its own.</summary>
    public static void CopySample(string root)
    {
        RepositoryPaths.CopySample(root);
        CopyFolder(RepositoryPaths.Templates, Path.Combine(root, "templates"));
    }

    /// <summary>Replaces text in a file of the copy, as an analyst's save does; the text must be there.</summary>
    public void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
