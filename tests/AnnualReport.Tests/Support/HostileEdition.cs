namespace AnnualReport.Tests.Support;

/// <summary>
/// A small edition whose every text field, label and category code is an attack: markup that
/// would run a script, attributes that would add an event handler, a script address as source,
/// and labels a spreadsheet would take for a formula. Built as <c>build --no-pdf</c> builds it.
/// </summary>
internal sealed class HostileEdition : IDisposable
{
    public const string Script = "<script>alert(1)</script>";
    public const string Image = "\"><img src=x onerror=alert(1)>";
    public const string Quote = "' onmouseover='x";
    public const string TitleBreak = "</title><script>alert(2)</script>";
    public const string Cdata = "]]><script>alert(3)</script>";
    public const string Formula = "=HYPERLINK(\"http://x\",\"y\")";

    /// <summary>Hostile strings that hold markup: none may reach a page unescaped.</summary>
    public static readonly string[] Markup = [Script, Image, TitleBreak, Cdata, "<svg onload=alert(4)>"];

    private const string Catalogue = """
        edition:
          title: 'Tittel </title><script>alert(2)</script>'
          subtitle: '"><img src=x onerror=alert(1)>'
          year: 2025
          publisher: 'Utgiver '' onmouseover=''x'
          referenceGroup: rest
          pdf: rapport.pdf
        groups:
          - id: imm
            label: 'Innvandrere <script>alert(1)</script>'
          - id: rest
            label: '=HYPERLINK("http://x","y")'
        breakdowns:
          - id: sex
            label: 'Kjønn ]]><script>alert(3)</script>'
            categories:
              - id: 'men"><img src=x onerror=alert(1)>'
                label: '@SUM(1)'
              - id: women
                label: '"><img src=x onerror=alert(1)>'
        themes:
          - id: work
            title: 'Arbeid </title><script>alert(2)</script>'
            intro: '<svg onload=alert(4)> innledning'
        indicators:
          - id: employment
            theme: work
            level: main
            title: 'Sysselsetting <script>alert(1)</script>'
            definition: 'Andel ]]><script>alert(3)</script> sysselsatte.'
            population: '"><img src=x onerror=alert(1)>'
            unit: percent
            polarity: higherIsBetter
            source:
              name: '+1 kilde <script>alert(1)</script>'
              table: '-1+1'
              url: 'javascript:alert(1)'
            breakdowns: [sex]
            data: data/employment.csv
            notes: 'Merknad </title><script>alert(2)</script>'
            breaks:
              - year: 2020
                note: '<svg onload=alert(4)> brudd'
            goal:
              value: 70
              setBy: '"><img src=x onerror=alert(1)>'
              group: imm
            provenance: published
          - id: datalink
            theme: work
            level: supplementary
            title: Andel med lenke
            definition: Andel.
            unit: percent
            polarity: neutral
            source:
              name: Kilde
              url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='
            data: data/datalink.csv
            provenance: published
        """;

    private const string Employment = """
        year,group,sex,value
        2020,imm,alle,60
        2021,imm,alle,61
        2022,imm,alle,62
        2023,imm,alle,63
        2024,imm,alle,64
        2024,rest,alle,80
        2023,rest,alle,79
        2024,imm,"men""><img src=x onerror=alert(1)>",65
        2024,imm,women,61
        2024,rest,"men""><img src=x onerror=alert(1)>",81
        2024,rest,women,79
        """;

    private const string Text = """
        preface: |
          Forord [lenke](javascript:alert(1)) ![spor](https://tracker.example/p.png) <script>alert(1)</script>
        themes:
          work:
            introduction: '[x](jav&#x61;script:alert(1)) <img src=x onerror=alert(1)>'
        indicators:
          employment: '<javascript:alert(1)> [ok](https://www.ssb.no/)'
        """;

    private readonly TempDirectory _temp = new();

    public HostileEdition()
    {
        CataloguePath = _temp.File(Path.Combine("editions", "2025", "indicators.yaml"), Catalogue);
        _temp.File(Path.Combine("editions", "2025", "data", "employment.csv"), Employment);
        _temp.File(Path.Combine("editions", "2025", "data", "datalink.csv"), "year,group,value\n2023,imm,10\n2024,imm,11\n2024,rest,12\n");
        _temp.File(Path.Combine("editions", "2025", "text.yaml"), Text);
    }

    public string CataloguePath { get; }

    public string OutputDirectory => Path.Combine(_temp.Path, "site");

    public BuildOptions Options => new(CataloguePath)
    {
        Pdf = false,
        Draft = true,
        OutputDirectory = OutputDirectory,
        TemplateDirectory = RepositoryPaths.Templates,
        FontDirectory = RepositoryPaths.Fonts,
        Date = new DateOnly(2025, 11, 20),
    };

    /// <summary>Builds the web pages and downloads, as <c>build --no-pdf --draft</c>.</summary>
    public Task<BuildResult> BuildAsync() => ReportPipeline.BuildAsync(Options);

    public void Dispose() => _temp.Dispose();
}
