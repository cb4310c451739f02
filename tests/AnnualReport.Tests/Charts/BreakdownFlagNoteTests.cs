using System.Text;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Charts;

/// <summary>The note under a breakdown chart explains the flags of the figures that chart draws, and no others.</summary>
public sealed class BreakdownFlagNoteTests
{
    private const string Catalogue = """
        edition:
          title: Test
          year: 2025
          publisher: Tester
          referenceGroup: rest
        groups:
          - id: imm
            label: Immigrants
          - id: desc
            label: Descendants
          - id: rest
            label: Rest
        breakdowns:
          - id: age
            label: Age
            categories:
              - { id: a1, label: 20–29 }
              - { id: a2, label: 30–39 }
              - { id: a3, label: 40–49 }
              - { id: a4, label: 50–66 }

        """ + EditionFixture.WorkTheme + """
          - id: employment
            theme: work
            level: main
            title: Employment
            definition: Share employed.
            unit: percent
            polarity: higherIsBetter
            source:
              name: Somewhere
            breakdowns: [age]
            data:
              file: data/employment.csv
              symbols: { ":": provisional }
            provenance: published
        """;

    /// <summary>A gap chart by age (four categories, the reference among three groups) with the 2024 figure of <paramref name="flagged"/>, aged 20–29, provisional.</summary>
    private static IReadOnlyList<string> NoteFlags(string flagged)
    {
        using var edition = new EditionFixture(Catalogue);
        var csv = new StringBuilder("year,group,age,value,status\n");
        foreach (var group in new[] { "imm", "desc", "rest" })
        {
            foreach (var year in new[] { 2023, 2024 })
            {
                foreach (var age in new[] { "alle", "a1", "a2", "a3", "a4" })
                {
                    csv.Append($"{year},{group},{age},60,{(group == flagged && year == 2024 && age == "a1" ? ":" : string.Empty)}\n");
                }
            }
        }

        edition.Data("employment.csv", csv.ToString());
        var report = edition.Validate();
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == AnnualReport.Model.Severity.Error);
        return ChartBuilder.BreakdownFlags(report.Catalogue!, report.Analysis!.Indicators.Single(), report.Catalogue!.FindBreakdown("age")!);
    }

    [Fact]
    public void A_flag_on_a_group_the_gap_chart_draws_is_explained()
    {
        Assert.Equal([StatusMeanings.Provisional], NoteFlags("imm"));
        Assert.Equal([StatusMeanings.Provisional], NoteFlags("rest"));
    }

    [Fact]
    public void A_flag_on_a_group_the_gap_chart_leaves_out_is_not()
    {
        Assert.Empty(NoteFlags("desc"));
    }
}
