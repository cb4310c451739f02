using AnnualReport.Model;
using AnnualReport.Validation;

namespace AnnualReport.Tests.Support;

/// <summary>
/// A small edition written to a temp folder: a catalogue with one indicator whose YAML can be
/// varied, and its data files, loaded and validated as <c>annual-report validate</c> does.
/// </summary>
internal sealed class EditionFixture : IDisposable
{
    /// <summary>The edition and its two groups, imm and rest (the reference), that the test catalogues start with.</summary>
    public const string Head = """
        edition:
          title: Test
          year: 2025
          publisher: Tester
          referenceGroup: rest
        groups:
          - id: imm
            label: Immigrants
          - id: rest
            label: Rest

        """;

    /// <summary>The one theme, work, and the start of the indicator list, for a catalogue's indicators to follow.</summary>
    public const string WorkTheme = """
        themes:
          - id: work
            title: Work
        indicators:

        """;

    public const string Catalogue = Head + """
        breakdowns:
          - id: sex
            label: Sex
            categories:
              - id: men
                label: Men
              - id: women
                label: Women

        """ + WorkTheme + """
          - id: employment
            theme: work
            level: main
            title: Employment
            definition: Share employed.
            unit: percent
            polarity: higherIsBetter
            source:
              name: Somewhere
            breakdowns: [sex]
            data: data/employment.csv
            provenance: published
        """;

    private readonly TempDirectory _temp = new();

    public EditionFixture(string catalogue = Catalogue)
    {
        CataloguePath = _temp.File(Path.Combine("editions", "2025", "indicators.yaml"), catalogue);
    }

    public string CataloguePath { get; }

    public string Data(string name, string content) => _temp.File(Path.Combine("editions", "2025", "data", name), content);

    public string Text(string yaml, string fileName = "text.yaml") => _temp.File(Path.Combine("editions", "2025", fileName), yaml);

    public string Root => _temp.Path;

    public ValidationReport Validate(bool draft = false) => EditionLoader.Load(new BuildOptions(CataloguePath) { Draft = draft, TemplateDirectory = RepositoryPaths.Templates });

    public Diagnostic Single(string code, bool draft = false)
    {
        var report = Validate(draft);
        return Assert.Single(report.Diagnostics, d => d.Code == code);
    }

    public void Dispose() => _temp.Dispose();
}
