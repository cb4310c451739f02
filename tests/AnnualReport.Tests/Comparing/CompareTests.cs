using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Comparing;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Publishing;
using AnnualReport.Tests.Support;
using Microsoft.Playwright;

namespace AnnualReport.Tests.Comparing;

/// <summary>
/// Issue 16's "done when" for compare: one changed figure and one changed sentence between two
/// builds are exactly the two changes reported, with everything the figure moved listed under it;
/// a build compared with itself has no changes; a folder that is not a build is exit 2.
/// </summary>
public sealed class CompareTests(TwoBuildsFixture builds) : IClassFixture<TwoBuildsFixture>
{
    [Fact]
    public void One_changed_figure_and_one_changed_sentence_are_exactly_the_changes_reported()
    {
        var changes = Changes(builds.Old, builds.New);

        Assert.Equal(["figure-changed", "text-changed"], changes.Select(c => c.GetProperty("kind").GetString()));
        var figure = changes[0];
        Assert.Equal("sysselsetting", figure.GetProperty("where").GetProperty("indicator").GetString());
        Assert.Equal("arbeid", figure.GetProperty("where").GetProperty("theme").GetString());
        Assert.Equal("innvandrere", figure.GetProperty("where").GetProperty("group").GetString());
        Assert.Equal(2022, figure.GetProperty("where").GetProperty("year").GetInt32());
        Assert.Equal(68.9, figure.GetProperty("old").GetProperty("value").GetDouble());
        Assert.Equal(68.5, figure.GetProperty("new").GetProperty("value").GetDouble());

        var sentence = changes[1];
        Assert.Equal("curated", sentence.GetProperty("where").GetProperty("text").GetString());
        Assert.Equal("arbeid.html", sentence.GetProperty("where").GetProperty("page").GetString());
        Assert.Equal("sysselsetting", sentence.GetProperty("where").GetProperty("indicator").GetString());
        Assert.Contains(TwoBuildsFixture.OldSentence, sentence.GetProperty("old").GetString(), StringComparison.Ordinal);
        Assert.Contains(TwoBuildsFixture.NewSentence, sentence.GetProperty("new").GetString(), StringComparison.Ordinal);
        var word = Assert.Single(sentence.GetProperty("words").EnumerateArray());
        Assert.Equal("stor.", word.GetProperty("old").GetString());
        Assert.Equal("betydelig.", word.GetProperty("new").GetString());
        Assert.False(sentence.TryGetProperty("derived", out _));
    }

    [Fact]
    public void What_the_figure_moved_is_listed_under_it()
    {
        var derived = Changes(builds.Old, builds.New)[0].GetProperty("derived").EnumerateArray().ToList();
        string? Field(JsonElement e) => e.GetProperty("where").TryGetProperty("field", out var f) ? f.GetString() : null;

        // The one-year change 2022→2023 (68.2 − 68.9 = −0.7, now 68.2 − 68.5 = −0.3) and the trend.
        var change1 = Assert.Single(derived, d => d.GetProperty("kind").GetString() == "derived-changed" && Field(d) == "change1");
        Assert.Equal(-0.7, change1.GetProperty("old").GetDouble(), 6);
        Assert.Equal(-0.3, change1.GetProperty("new").GetDouble(), 6);
        Assert.Contains(derived, d => Field(d) == "slope");
        Assert.Contains(derived, d => d.GetProperty("kind").GetString() == "chart-data-changed" && d.GetProperty("where").GetProperty("file").GetString() == "data/sysselsetting.csv");
        Assert.Contains(derived, d => d.GetProperty("kind").GetString() == "chart-changed" && d.GetProperty("where").GetProperty("chart").GetString() == "chart-sysselsetting");

        // The generated sentences and the curated text whose helper prints the change.
        var texts = derived.Where(d => d.GetProperty("kind").GetString() == "text-changed").ToList();
        Assert.Contains(texts, t => t.GetProperty("where").GetProperty("text").GetString() == "generated" && t.GetProperty("where").GetProperty("page").GetString() == "arbeid.html");
        Assert.Contains(texts, t => t.GetProperty("where").GetProperty("text").GetString() == "curated" && t.GetProperty("new").GetString()!.Contains("gikk ned med 0,3 prosentpoeng", StringComparison.Ordinal));
        Assert.All(texts.SelectMany(t => t.GetProperty("words").EnumerateArray()), w =>
        {
            Assert.Matches(@"^[−+]?0,7$", w.GetProperty("old").GetString());
            Assert.Matches(@"^[−+]?0,3$", w.GetProperty("new").GetString());
        });
    }

    [Fact]
    public void A_build_compared_with_itself_has_no_changes()
    {
        Assert.Empty(Changes(builds.New, builds.New));
        Assert.Empty(Changes(builds.Old, Path.Combine(builds.Old, "nb")));
    }

    [Fact]
    public void Every_language_is_compared_on_its_own_and_the_nynorsk_text_did_not_change()
    {
        var nynorsk = BuildComparer.Compare(builds.Old, builds.New, "nn", StampLabels.From(RepositoryPaths.Templates));

        Assert.Equal("nn", nynorsk.New.Language);
        var change = Assert.Single(nynorsk.Changes);
        Assert.Equal(ChangeKind.FigureChanged, change.Kind);
        Assert.Contains(change.Derived, d => d.Kind == ChangeKind.TextChanged && d.Where.Page == "arbeid.html");
    }

    [Fact]
    public void The_build_stamp_is_shown_apart_and_is_not_a_change()
    {
        var comparison = BuildComparer.Compare(builds.Old, builds.New, null, StampLabels.From(RepositoryPaths.Templates));

        Assert.NotNull(comparison.Old.Stamp);
        Assert.NotEqual(comparison.Old.Stamp, comparison.New.Stamp);
        Assert.DoesNotContain(comparison.Changes.SelectMany(c => c.Derived.Append(c)), c => c.Where.Page == "metode.html");
    }

    [Fact]
    public void The_command_prints_the_changes_as_json_and_exits_0()
    {
        var result = ProcessRunner.AnnualReport(["compare", builds.Old, builds.New, "--json"], RepositoryPaths.Root);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["figure-changed", "text-changed"], json.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal("nb", json.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void The_terminal_summary_names_theme_indicator_figure_and_words_in_the_programs_language()
    {
        var changed = ProcessRunner.AnnualReport(["compare", builds.Old, builds.New, "--ui-language", "en"], RepositoryPaths.Root);
        var same = ProcessRunner.AnnualReport(["compare", builds.Old, builds.Old, "--ui-language", "en"], RepositoryPaths.Root);

        Assert.Equal((0, 0), (changed.ExitCode, same.ExitCode));
        var lines = changed.Stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        var theme = lines.IndexOf("Arbeid og sysselsetting");
        Assert.True(theme > 0, changed.Stdout);
        Assert.Equal("  Sysselsatte 20–66 år", lines[theme + 1]);
        Assert.Equal("    Figure changed (innvandrere, 2022): 68.9 → 68.5", lines[theme + 2]);
        Assert.StartsWith("        Derived figure (innvandrere, change1): -0.7 → -0.3", lines[theme + 3], StringComparison.Ordinal);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^    Text changed \(arbeid\.html, under “Sysselsatte 20–66 år”, ref\. \d+\.\d+\.\d+\): “stor\.” → “betydelig\.”$"));
        Assert.Contains("No changes.", same.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Build stamp", same.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_a_build_is_exit_2_with_not_a_build()
    {
        using var temp = new TempDirectory();
        temp.File("notes.txt", "not a build");

        var result = ProcessRunner.AnnualReport(["compare", temp.Path, builds.New], RepositoryPaths.Root);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("OLD: error not-a-build:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void The_html_report_is_in_the_editions_language_marks_the_words_and_loads_nothing()
    {
        var comparison = BuildComparer.Compare(builds.Old, builds.New, null, StampLabels.From(RepositoryPaths.Templates));

        var html = ComparisonHtmlWriter.Write(comparison, PhraseBook.Load(RepositoryPaths.Templates, "nb", CultureInfo.GetCultureInfo("nb-NO")));

        Assert.Contains("<html lang=\"nb\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.Matches("<del><span class=\"visually-hidden\">[^<]+</span>stor\\.</del> <ins><span class=\"visually-hidden\">[^<]+</span>betydelig\\.</ins>", html);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(src|href)=", html);
        Assert.Contains("68,9", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_writes_the_html_report_of_the_language_asked_for()
    {
        using var temp = new TempDirectory();
        var report = Path.Combine(temp.Path, "endringar.html");

        var result = ProcessRunner.AnnualReport(["compare", builds.Old, builds.New, "--language", "nn", "--out", report], RepositoryPaths.Root);

        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(report);
        Assert.Contains("<html lang=\"nn\">", html, StringComparison.Ordinal);
        Assert.Contains("Endringar mellom to bygg", html, StringComparison.Ordinal);
        Assert.Contains(report, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Tier", "Full")]
    public async Task The_html_report_passes_axe_core_wcag21_aa()
    {
        using var temp = new TempDirectory();
        var report = Path.Combine(temp.Path, "changes.html");
        var comparison = BuildComparer.Compare(builds.Old, builds.New, null, StampLabels.From(RepositoryPaths.Templates));
        File.WriteAllText(report, ComparisonHtmlWriter.Write(comparison, PhraseBook.Load(RepositoryPaths.Templates, "nb", CultureInfo.GetCultureInfo("nb-NO"))));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserLocator.Locate(null), Headless = true, Args = ["--disable-background-networking", "--disable-gpu"] });
        // The report forbids every script by its Content-Security-Policy; axe-core is the test's own.
        var context = await browser.NewContextAsync(new() { Offline = true, BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(report).AbsoluteUri);
        await page.AddScriptTagAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js") });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return { passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.nodes.length + ' × ' + v.help) };
            }
            """);

        Assert.True(json.GetProperty("passes").GetInt32() > 5, "axe-core checked almost nothing");
        Assert.Empty(json.GetProperty("violations").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void A_file_a_missing_folder_an_unmarked_folder_and_a_marked_one_without_languages_are_not_builds()
    {
        using var temp = new TempDirectory();
        var file = temp.File("report.pdf", "%PDF");
        var unmarked = Path.Combine(temp.Path, "unmarked");
        Directory.CreateDirectory(unmarked);
        var empty = Path.Combine(temp.Path, "empty");
        Directory.CreateDirectory(empty);
        OutputGuard.Mark(empty);

        foreach (var folder in new[] { file, Path.Combine(temp.Path, "missing"), unmarked, empty })
        {
            var error = Assert.Throws<InputException>(() => BuildComparer.Compare(folder, builds.New, null, _ => null));
            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal(("not-a-build", "OLD"), (diagnostic.Code, diagnostic.Where.File));
        }

        var damaged = Path.Combine(temp.Path, "damaged");
        OutputGuard.Mark(Directory.CreateDirectory(damaged).FullName);
        var analysis = temp.File(Path.Combine("damaged", "nb", "analysis.json"), "{\"series\": [\n");
        var broken = Assert.Single(Assert.Throws<InputException>(() => BuildComparer.Compare(builds.Old, damaged, null, _ => null)).Diagnostics);
        Assert.Equal(("not-a-build", analysis, 2), (broken.Code, broken.Where.File, broken.Where.Line));

        var language = Assert.Throws<InputException>(() => BuildComparer.Compare(builds.Old, builds.New, "sv", _ => null));
        Assert.Equal(["not-a-build", "not-a-build"], language.Diagnostics.Select(d => d.Code));
    }

    private static List<JsonElement> Changes(string old, string @new)
    {
        var json = ComparisonJsonWriter.Write(BuildComparer.Compare(old, @new, null, StampLabels.From(RepositoryPaths.Templates)));
        return [.. JsonDocument.Parse(json).RootElement.GetProperty("changes").EnumerateArray()];
    }
}
