using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>
/// Issue 18: the mappings edition (a subset of a PX table's countries, quarters averaged and
/// published, a survey in irregular years, one population, a breakdown without a total) built once
/// into pages. Its <c>ledighet-kvartal</c> (<c>frequency: quarterly</c>, 2019K1–2024K3) builds into
/// pages, chart, tables, downloads and analysis.json that name each quarter, never a year for a
/// quarter and never the running number the analysis counts with.
/// </summary>
[Trait("Tier", "Full")]
public sealed class MappingsBuildTests : IClassFixture<MappingsBuildTests.Built>
{
    private readonly Built _built;

    public MappingsBuildTests(Built built) => _built = built;

    [Fact]
    public void The_edition_builds_with_the_survey_worded_and_the_categories_charted()
    {
        var society = File.ReadAllText(Path.Combine(_built.Folder, "samfunn.html"));
        var work = File.ReadAllText(Path.Combine(_built.Folder, "arbeid.html"));
        var method = File.ReadAllText(Path.Combine(_built.Folder, "metode.html"));

        Assert.Contains("siden forrige undersøkelse (2016)", society, StringComparison.Ordinal);
        Assert.DoesNotContain("Forskjell", Built.Section(society, "foretak", "<section"), StringComparison.Ordinal);
        Assert.Equal(4, Regex.Matches(Chart(work, "chart-deltid"), @"<path d=""M[^""]*L[^""]*"" stroke-width=""2\.5""").Count);
        Assert.Contains("gjennomsnittet av årets kvartaler", method, StringComparison.Ordinal);
        Assert.Contains("uregelmessige år", method, StringComparison.Ordinal);
    }

    private static readonly string Csv = File.ReadAllText(Path.Combine(Path.GetDirectoryName(RepositoryPaths.FixtureCatalogue("mappings"))!, "data", "ledighet-kvartal.csv"));

    /// <summary>The file's own figure for a quarter code ("2024K3") and country code ("NO").</summary>
    private static string Figure(string quarter, string country) =>
        Csv.Split('\n').Select(l => l.Split(',')).Single(f => f.Length > 2 && f[0] == quarter && f[1] == country)[2];

    [Fact]
    public void The_table_has_a_row_per_quarter_named_as_the_language_writes_it()
    {
        var section = _built.Section("ledighet-kvartal");

        Assert.Contains("<th scope=\"col\">Kvartal</th>", section, StringComparison.Ordinal);
        Assert.Matches(new Regex($"<th scope=\"row\">3\\. kv\\. 2024</th>\\s*<td[^>]*>{Regex.Escape(Figure("2024K3", "NO").Replace('.', ','))}"), section);
        Assert.Contains("<th scope=\"row\">1. kv. 2019</th>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_figures_say_the_change_is_from_the_same_quarter_a_year_earlier()
    {
        var section = _built.Section("ledighet-kvartal");

        Assert.Contains("3. kv. 2024", section, StringComparison.Ordinal);
        Assert.Contains("siden 3. kv. 2023", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_axis_is_labelled_by_year_and_its_points_by_quarter()
    {
        var section = _built.Section("ledighet-kvartal");
        var axis = Regex.Match(section, "<g class=\"axis x\">.*?</g>", RegexOptions.Singleline).Value;

        Assert.Contains(">2024</text>", axis, StringComparison.Ordinal);
        Assert.Contains("data-year=\"3. kv. 2024\"", section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_front_page_key_figure_and_its_sparkline_name_the_quarter()
    {
        var front = File.ReadAllText(Path.Combine(_built.Folder, "index.html"));
        var card = front[front.IndexOf("Registrert ledige innvandrere per kvartal", StringComparison.Ordinal)..];

        Assert.Contains("3. kv. 2024", card[..Math.Min(card.Length, 4000)], StringComparison.Ordinal);
        Assert.Matches(new Regex("<desc[^>]*>[^<]*1\\. kv\\. 2019[^<]*3\\. kv\\. 2024"), front);
    }

    [Fact]
    public void Country_names_keep_their_capital_letter_inside_sentences()
    {
        var front = File.ReadAllText(Path.Combine(_built.Folder, "index.html"));
        var work = File.ReadAllText(Path.Combine(_built.Folder, "arbeid.html"));

        Assert.Contains("blant Sverige", front, StringComparison.Ordinal);
        Assert.Contains("mot Norge", work, StringComparison.Ordinal);
        Assert.DoesNotContain("blant sverige", front, StringComparison.Ordinal);
        Assert.DoesNotContain("mot norge", work, StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_shows_the_running_number_of_a_quarter()
    {
        var running = new[] { "2019K1", "2024K3", "2021K1", "2023K3" }
            .Select(c => PeriodAxis.Ordinal(PeriodCode.Parse(c)!, 4).ToString(System.Globalization.CultureInfo.InvariantCulture));

        foreach (var page in Directory.GetFiles(_built.Folder, "*.html"))
        {
            var text = File.ReadAllText(page);
            Assert.All(running, r => Assert.DoesNotContain(r, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Analysis_json_writes_each_quarter_as_its_code_with_the_frequency()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_built.Folder, "analysis.json")));
        var norway = json.RootElement.GetProperty("series").EnumerateArray()
            .Single(s => s.GetProperty("indicator").GetString() == "ledighet-kvartal" && s.GetProperty("group").GetString() == "norge");

        Assert.Equal("quarterly", norway.GetProperty("frequency").GetString());
        Assert.Equal("2024Q3", norway.GetProperty("latestYear").GetString());
        var last = norway.GetProperty("points").EnumerateArray().Last();
        Assert.Equal("2024Q3", last.GetProperty("year").GetString());
        Assert.Equal(double.Parse(Figure("2024K3", "NO"), System.Globalization.CultureInfo.InvariantCulture), last.GetProperty("value").GetDouble(), 6);
        Assert.Equal(23, norway.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public void The_download_has_the_calendar_year_and_the_period_code()
    {
        var rows = Disclosure.QuotedCsv.Read(Path.Combine(_built.Folder, "data", "ledighet-kvartal.csv"));

        Assert.Contains(rows, r => r["År"] == "2024" && r["Periode"] == "2024Q3");
        Assert.Equal(23 * 4, rows.Count);
        Assert.Equal(4, rows.Count(r => r["År"] == "2019" && r["Gruppe"] == rows[0]["Gruppe"]));
    }

    [Fact]
    public void The_method_page_states_the_rule_for_quarters()
    {
        var method = File.ReadAllText(Path.Combine(_built.Folder, "metode.html"));

        Assert.Contains("publisert per kvartal: endringen sammenligner med samme kvartal året før", method, StringComparison.Ordinal);
    }

    private static string Chart(string html, string id)
    {
        var start = html.IndexOf($"aria-labelledby=\"{id}-title", StringComparison.Ordinal);
        return html[start..html.IndexOf("</svg>", start, StringComparison.Ordinal)];
    }

    /// <summary>The mappings edition built once, without the PDF.</summary>
    public sealed class Built : IAsyncLifetime
    {
        private readonly TempDirectory _temp = new();

        public string Folder { get; private set; } = string.Empty;

        /// <summary>An indicator's section of the work theme's page.</summary>
        public string Section(string id) => Section(File.ReadAllText(Path.Combine(Folder, "arbeid.html")), id);

        /// <summary>The page from the element with <paramref name="id"/> to the next indicator's section (or the next <paramref name="until"/>).</summary>
        public static string Section(string html, string id, string until = "<section class=\"indicator")
        {
            var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no section {id}");
            var end = html.IndexOf(until, start + 1, StringComparison.Ordinal);
            return html[start..(end < 0 ? html.Length : end)];
        }

        public async Task InitializeAsync()
        {
            var result = await ReportPipeline.BuildAsync(new BuildOptions(RepositoryPaths.FixtureCatalogue("mappings"))
            {
                TemplateDirectory = RepositoryPaths.Templates,
                FontDirectory = RepositoryPaths.Fonts,
                OutputDirectory = Path.Combine(_temp.Path, "out"),
                Date = new DateOnly(2025, 11, 20),
                Draft = true,
                Pdf = false,
            });
            Folder = result.MainLanguage().Directory;
        }

        public Task DisposeAsync()
        {
            _temp.Dispose();
            return Task.CompletedTask;
        }
    }
}
