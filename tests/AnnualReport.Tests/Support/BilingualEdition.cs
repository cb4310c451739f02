namespace AnnualReport.Tests.Support;

/// <summary>A small edition in bokmål and nynorsk, every reader-facing text given in both.</summary>
internal static class BilingualEdition
{
    public const string Catalogue = """
        edition:
          title: { nb: Test, nn: Test på nynorsk }
          year: 2025
          languages: [nb, nn]
          publisher: { nb: Testkontoret, nn: Testkontoret }
          referenceGroup: rest
          pdf: { nb: test.pdf, nn: test-nn.pdf }
        groups:
          - id: imm
            label: { nb: Innvandrere, nn: Innvandrarar }
          - id: rest
            label: { nb: Resten, nn: Resten av befolkninga }
        breakdowns:
          - id: sex
            label: { nb: Kjønn, nn: Kjønn }
            categories:
              - id: men
                label: { nb: Menn, nn: Menn }
              - id: women
                label: { nb: Kvinner, nn: Kvinner }
        themes:
          - id: work
            title: { nb: Arbeid, nn: Arbeid }
            intro: { nb: Arbeid gir inntekt., nn: Arbeid gir inntekt. }
        indicators:
          - id: employment
            theme: work
            level: main
            title: { nb: Sysselsetting, nn: Sysselsetjing }
            definition: { nb: Andelen som er sysselsatt., nn: Delen som er sysselsette. }
            unit: percent
            polarity: higherIsBetter
            source:
              name: { nb: SSB, nn: SSB }
            breakdowns: [sex]
            data: data/employment.csv
            provenance: published
        """;

    public const string Data = "year,group,sex,value\n2021,imm,alle,60\n2022,imm,alle,62\n2023,imm,alle,65\n2021,rest,alle,79\n2022,rest,alle,80\n2023,rest,alle,80.5\n";

    public const string Text = "preface: Dette er forordet.\nindicators:\n  employment: Sysselsettingen øker.\n";

    public const string TextNn = "preface: Dette er føreordet.\nindicators:\n  employment: Sysselsetjinga aukar.\n";

    /// <summary>The edition with its figures and both texts written.</summary>
    public static EditionFixture Create(string catalogue = Catalogue, string? text = Text, string? textNn = TextNn)
    {
        var edition = new EditionFixture(catalogue);
        edition.Data("employment.csv", Data);
        if (text is not null)
        {
            edition.Text(text);
        }

        if (textNn is not null)
        {
            edition.Text(textNn, "text.nn.yaml");
        }

        return edition;
    }
}
