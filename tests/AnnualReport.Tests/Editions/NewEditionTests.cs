using AnnualReport.Editions;
using AnnualReport.Model;
using AnnualReport.Tests.Cli;
using AnnualReport.Tests.Support;
using AnnualReport.Validation;

namespace AnnualReport.Tests.Editions;

/// <summary><c>new-edition</c>: the next year's folder from the last, the year moved on where it names the edition, and last year's files marked until they are replaced.</summary>
public sealed class NewEditionTests : IDisposable
{
    // Comments, quoting and a source citing last year's report, all of which must survive as written.
    private static readonly string Catalogue = BilingualEdition.Catalogue
        .Replace("  title: { nb: Test, nn: Test på nynorsk }\n", "  # The 2025 edition, as published.\n  title:\n    nb: \"Integrering 2025\"\n    nn: 'Integrering 2025'\n  subtitle: { nb: Indikatorer, nn: Indikatorar }\n", StringComparison.Ordinal)
        .Replace("  pdf: { nb: test.pdf, nn: test-nn.pdf }\n", "  pdf: { nb: rapport-2025.pdf, nn: rapport-2025-nn.pdf }\n", StringComparison.Ordinal)
        .Replace("      name: { nb: SSB, nn: SSB }\n", "      name: { nb: SSB; IMDi-rapport 2025, nn: SSB; IMDi-rapport 2025 }\n", StringComparison.Ordinal)
        .Replace("  year: 2025\n", "  year: 2025 # the edition's year\n", StringComparison.Ordinal);

    private readonly EditionFixture _edition;

    public NewEditionTests()
    {
        _edition = BilingualEdition.Create(Catalogue);
    }

    private string Project => _edition.Root;

    private string NewFolder => Path.Combine(Project, "editions", "2026");

    public void Dispose() => _edition.Dispose();

    private NewEdition.Result Start(int year = 2026, int? from = null) => NewEdition.Start(Project, year, from, new DateOnly(2026, 11, 30));

    [Fact]
    public void The_year_moves_on_where_it_names_the_edition_and_nothing_else_in_the_file_changes()
    {
        var made = Start();

        var expected = Catalogue
            .Replace("  year: 2025 #", "  year: 2026 #", StringComparison.Ordinal)
            .Replace("\"Integrering 2025\"", "\"Integrering 2026\"", StringComparison.Ordinal)
            .Replace("'Integrering 2025'", "'Integrering 2026'", StringComparison.Ordinal)
            .Replace("rapport-2025.pdf, nn: rapport-2025-nn.pdf", "rapport-2026.pdf, nn: rapport-2026-nn.pdf", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(NewFolder, "indicators.yaml")));
        Assert.Equal(["edition.title.nb", "edition.title.nn", "edition.year", "edition.pdf.nb", "edition.pdf.nn"], made.Changed.Select(c => c.Path));
        Assert.Equal(2025, made.From);
    }

    [Fact]
    public void Other_mentions_of_the_old_year_are_left_and_listed_with_their_line()
    {
        var made = Start();

        Assert.Equal(["indicators[employment].source.name.nb", "indicators[employment].source.name.nn"], made.Left.Select(l => l.Path));
        var line = File.ReadAllLines(Path.Combine(NewFolder, "indicators.yaml"))[made.Left[0].Line - 1];
        Assert.Contains("IMDi-rapport 2025", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_edition_stays_byte_for_byte_as_it_was()
    {
        var before = OutputSafetyTests.Snapshot(Path.Combine(Project, "editions", "2025"));

        Start();

        Assert.Equal(before, OutputSafetyTests.Snapshot(Path.Combine(Project, "editions", "2025")));
    }

    [Fact]
    public void The_new_edition_validates_and_every_carried_over_file_is_a_warning_at_that_file()
    {
        var made = Start();

        Assert.Equal([("data/employment.csv", (int?)2023)], made.DataFiles);
        Assert.Equal(["text.nn.yaml", "text.yaml"], made.TextFiles);
        var report = Validate();
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(
            [Path.Combine("editions", "2026", "data", "employment.csv"), Path.Combine("editions", "2026", "text.nn.yaml"), Path.Combine("editions", "2026", "text.yaml")],
            report.Diagnostics.Where(d => d.Code == "carried-over").Select(d => d.Where.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Replacing_a_file_or_deleting_its_line_ends_its_warning()
    {
        Start();
        File.AppendAllText(Path.Combine(NewFolder, "data", "employment.csv"), "2024,imm,alle,66\n2024,rest,alle,81\n");
        var record = Path.Combine(NewFolder, "carried-over.yaml");
        File.WriteAllLines(record, File.ReadAllLines(record).Where(l => !l.Contains("\"text.nn.yaml\"", StringComparison.Ordinal)));

        var carried = Validate().Diagnostics.Where(d => d.Code == "carried-over").ToList();

        Assert.Equal(Path.Combine("editions", "2026", "text.yaml"), Assert.Single(carried).Where.File);
        Assert.Equal(Severity.Warning, carried[0].Severity);
    }

    [Fact]
    public void A_record_that_is_not_the_programs_shape_is_an_error_at_its_place()
    {
        Start();
        File.WriteAllText(Path.Combine(NewFolder, "carried-over.yaml"), "from: last year\nfiles: []\n");

        var diagnostic = Assert.Single(Validate().Diagnostics, d => d.Code == "wrong-type");

        Assert.Equal((Path.Combine("editions", "2026", "carried-over.yaml"), 1, 1), (diagnostic.Where.File, diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void An_edition_that_exists_is_never_overwritten()
    {
        Start();
        File.WriteAllText(Path.Combine(NewFolder, "text.yaml"), "preface: Mitt arbeid.\n");
        var before = OutputSafetyTests.Snapshot(Path.Combine(Project, "editions"));

        var diagnostic = Assert.Single(Assert.Throws<InputException>(() => Start()).Diagnostics);

        Assert.Equal(("edition-exists", "editions/2026"), (diagnostic.Code, diagnostic.Where.File));
        Assert.Equal(before, OutputSafetyTests.Snapshot(Path.Combine(Project, "editions")));
    }

    [Fact]
    public void With_no_earlier_edition_nothing_is_made()
    {
        var diagnostic = Assert.Single(Assert.Throws<InputException>(() => Start(2024)).Diagnostics);

        Assert.Equal("edition-not-found", diagnostic.Code);
        Assert.Equal(["2025"], Directory.GetFileSystemEntries(Path.Combine(Project, "editions")).Select(Path.GetFileName));
    }

    [Fact]
    public void From_names_the_edition_to_copy_and_a_later_year_may_be_skipped_to()
    {
        var made = Start(2027, 2025);

        Assert.Equal(2025, made.From);
        Assert.Contains("  year: 2027 #", File.ReadAllText(Path.Combine(Project, "editions", "2027", "indicators.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_prints_what_to_update_and_exits_0()
    {
        var result = ProcessRunner.AnnualReport(["new-edition", "2026", "--ui-language", "en"], Project);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Started edition 2026 in editions/2026/, copied from 2025.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("editions/2026/data/employment.csv  (figures up to 2023)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("editions/2026/indicators.yaml(", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(NewFolder, "carried-over.yaml")));
    }

    private ValidationReport Validate() => EditionLoader.Load(new BuildOptions(Path.Combine(NewFolder, "indicators.yaml")) { TemplateDirectory = RepositoryPaths.Templates });
}
