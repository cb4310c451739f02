using AnnualReport.Municipal;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// Builds the sample edition's municipal publication (every municipality, no PDFs) once, and
/// reads back what was published: <c>kommunetall.xlsx</c>, the statistics bank pages and the
/// fact sheets. Also holds the attacker's public knowledge (geography, denominators) and, for
/// judging only, the raw counts, arranged as <see cref="RateTable"/>s.
/// </summary>
public sealed class MunicipalPublicationFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    internal AttackerCatalogue Catalogue { get; private set; } = null!;

    internal MunicipalGeography Geography { get; private set; } = null!;

    /// <summary>Every figure of every published file, in file order.</summary>
    internal IReadOnlyList<PublishedCell> Published { get; private set; } = [];

    /// <summary>Tables of the rate indicators, by (indicator, group, year).</summary>
    internal IReadOnlyDictionary<(string Indicator, string Group, int Year), RateTable> Tables { get; private set; } = null!;

    /// <summary>The linear-programming attack on every table, run once for the class.</summary>
    internal MunicipalAttack Attack => _attack ??= MunicipalAttack.Run(Tables, Published);

    private MunicipalAttack? _attack;

    public async Task InitializeAsync()
    {
        // The figures are the same in every language; the attacker reads the main language's files.
        var result = await MunicipalPipeline.BuildAsync(new MunicipalOptions(new BuildOptions(RepositoryPaths.Catalogue)
        {
            OutputDirectory = Path.Combine(_temp.Path, "kommuner"),
            Language = "nb",
            Date = new DateOnly(2025, 11, 20),
            Pdf = false,
        }));

        var output = result.MainLanguage().Directory;
        Catalogue = AttackerCatalogue.Load(RepositoryPaths.Catalogue);
        var content = RepositoryPaths.SampleEdition;
        Geography = MunicipalGeography.Read(content, Catalogue.Municipal);
        Published =
        [
            .. MunicipalSpreadsheetReader.Read(Path.Combine(output, MunicipalSpreadsheetReader.FileName), Catalogue),
            .. StatisticsBankReader.Read(output, Catalogue),
            .. FactSheetReader.Read(output, Catalogue, Geography),
        ];
        Tables = Catalogue.RateIndicators
            .SelectMany(indicator => RawRateFile.Read(content, indicator) is { } rows
                ? RateTableBuilder.Build(indicator.Id, AttackerCatalogue.Scale(indicator)!.Value, rows, Geography, Catalogue.CountryCode, Catalogue.Municipal.CountyPrefix)
                : [])
            .ToDictionary(t => (t.Indicator, t.Group, t.Year));
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
