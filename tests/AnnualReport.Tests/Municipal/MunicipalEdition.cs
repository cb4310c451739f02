using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;
using AnnualReport.Validation;

namespace AnnualReport.Tests.Municipal;

/// <summary>
/// The sample edition copied to a temp project folder (<c>editions/2025/</c>), so one geography or
/// municipal data file can be broken at a time and the edition validated as
/// <c>annual-report validate</c> does; messages name files relative to the copy's root.
/// </summary>
internal sealed class MunicipalEdition : IDisposable
{
    private static readonly Lazy<IndicatorCatalogue> SampleCatalogue = new(() => CatalogueLoader.Load(RepositoryPaths.Catalogue));

    private readonly TempDirectory _temp = new();

    public MunicipalEdition()
    {
        var content = RepositoryPaths.SampleEdition;
        foreach (var file in Directory.GetFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Content, Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root => _temp.Path;

    public string CataloguePath => Path.Combine(Content, "indicators.yaml");

    public string Content => Path.Combine(_temp.Path, "editions", "2025");

    /// <summary>How messages name a file of the edition folder, such as <c>geography/kommuner-2024.csv</c>.</summary>
    public static string Display(string name) => Path.Combine("editions", "2025", name);

    /// <summary>Replaces the file's text exactly once, so the change sits at a known place.</summary>
    public void Replace(string name, string find, string replace)
    {
        var path = Path.Combine(Content, name);
        var text = File.ReadAllText(path);
        Assert.Equal(text.IndexOf(find, StringComparison.Ordinal), text.LastIndexOf(find, StringComparison.Ordinal));
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Adds lines to the end of a file and gives the line number of the first one.</summary>
    public int Append(string name, string lines)
    {
        var path = Path.Combine(Content, name);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text + lines);
        return text.Count(c => c == '\n') + 1;
    }

    public void Write(string name, string text) => File.WriteAllText(Path.Combine(Content, name), text);

    /// <summary>Everything <c>annual-report validate</c> checks, the national figures and the text included.</summary>
    public ValidationReport Validate() => EditionLoader.Load(new BuildOptions(CataloguePath) { TemplateDirectory = RepositoryPaths.Templates }, municipalities: true);

    /// <summary>The municipal figures as <c>municipalities</c> reads them, with no errors allowed.</summary>
    public MunicipalData LoadMunicipal()
    {
        var diagnostics = new List<Diagnostic>();
        var data = MunicipalDataLoader.Load(SampleCatalogue.Value, new EditionFiles(Content, Root), diagnostics);
        Assert.Empty(diagnostics);
        return data;
    }

    /// <summary>What validate finds in the municipal figures and geography alone (fast: the national edition is left out).</summary>
    public List<Diagnostic> ValidateMunicipal()
    {
        var diagnostics = new List<Diagnostic>();
        var data = MunicipalDataLoader.Load(SampleCatalogue.Value, new EditionFiles(Content, Root), diagnostics);
        diagnostics.AddRange(EditionValidator.ValidateMunicipal(SampleCatalogue.Value, data, draft: true));
        return diagnostics;
    }

    /// <summary>The only error in the municipal figures and geography, which must have this code.</summary>
    public Diagnostic Single(string code)
    {
        var errors = ValidateMunicipal().Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        Assert.Equal(code, errors[0].Code);
        return errors[0];
    }

    public void Dispose() => _temp.Dispose();
}
