using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data.Eurostat;

/// <summary>A small edition whose employment figures come straight from a Eurostat extract (lfsa_ergan, Norway).</summary>
internal static class EurostatEdition
{
    public const string Catalogue = """
        edition:
          title: Test
          year: 2025
          publisher: Tester
          referenceGroup: rest
        groups:
          - id: imm
            label: Utenlandske statsborgere
          - id: rest
            label: Norske statsborgere
        breakdowns:
          - id: sex
            label: Kjønn
            categories:
              - id: men
                label: Menn
              - id: women
                label: Kvinner
        themes:
          - id: work
            title: Arbeid
        indicators:
          - id: employment
            theme: work
            level: main
            title: Sysselsetting
            definition: Andel sysselsatte.
            unit: percent
            polarity: higherIsBetter
            source:
              name: Eurostat
              table: lfsa_ergan
            breakdowns: [sex]
            data:
              file: data/lfsa_ergan.tsv
              group: citizen
              breakdowns: { sex: sex }
              total: T
              filter: { freq: A, unit: PC, age: Y20-64, geo: NO }
              codes: { FOR: imm, NAT: rest, M: men, F: women }
        SYMBOLS
            provenance: published
        """;

    /// <summary>The edition with the fixture's extract; <paramref name="symbols"/> is the indicator's <c>data.symbols</c> block, if any.</summary>
    public static EditionFixture Create(string symbols = "")
    {
        var edition = new EditionFixture(Catalogue.Replace("SYMBOLS", symbols.Length == 0 ? string.Empty : "      symbols: " + symbols, StringComparison.Ordinal));
        edition.Data("lfsa_ergan.tsv", File.ReadAllText(EurostatTsvReaderTests.Fixture("lfsa_ergan.tsv")));
        return edition;
    }
}
