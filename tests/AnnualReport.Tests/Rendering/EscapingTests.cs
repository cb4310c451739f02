using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Municipal;
using AnnualReport.Rendering;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Rendering;

/// <summary>
/// Every text from the catalogue, the data and the geography is escaped wherever it is shown:
/// pages, chart titles and labels, the print document's style, links. Hostile strings appear
/// only in escaped form, and nothing they hold can run.
/// </summary>
public sealed class EscapingTests
{

    private static void AssertNoneRaw(string html, string where)
    {
        HtmlScan.AssertSafe(html, where);
        Assert.DoesNotContain("<script", HtmlScan.WithoutShippedScript(html), StringComparison.OrdinalIgnoreCase);
        foreach (var hostile in HostileEdition.Markup)
        {
            Assert.False(html.Contains(hostile, StringComparison.Ordinal), $"{where} holds «{hostile}» unescaped");
        }
    }

    [Fact]
    public async Task Every_page_of_a_hostile_edition_shows_its_text_only_escaped()
    {
        using var edition = new HostileEdition();

        var result = await edition.BuildAsync();

        Assert.Contains("work.html", result.MainLanguage().Pages);
        foreach (var page in result.MainLanguage().Pages)
        {
            AssertNoneRaw(File.ReadAllText(Path.Combine(result.MainLanguage().Directory, page)), page);
        }

        var work = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, "work.html"));
        Assert.Contains("Sysselsetting &lt;script&gt;alert(1)&lt;/script&gt;", work);
        Assert.Contains("Andel ]]&gt;&lt;script&gt;alert(3)&lt;/script&gt; sysselsatte.", work);
        Assert.Contains("&lt;svg onload=alert(4)&gt; innledning", work);
        Assert.Contains("<title>Arbeid &lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt; – Tittel &lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>", work);
    }

    [Fact]
    public async Task A_source_address_that_is_not_on_the_web_is_shown_as_text_without_a_link()
    {
        using var edition = new HostileEdition();

        var result = await edition.BuildAsync();

        var work = File.ReadAllText(Path.Combine(result.MainLanguage().Directory, "work.html"));
        var links = HtmlScan.Tags(work).Where(t => t.Name == "a").Select(t => t["href"]!).ToList();
        Assert.DoesNotContain(links, l => l.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Kilde: +1 kilde &lt;script&gt;alert(1)&lt;/script&gt;, tabell -1+1.", work);
        Assert.Contains("Kilde: Kilde.", work);
    }

    [Fact]
    public void A_source_address_that_is_not_on_the_web_is_a_warning_naming_the_indicator()
    {
        using var edition = new HostileEdition();

        var report = AnnualReport.Validation.EditionLoader.Load(edition.Options);

        var warnings = report.Diagnostics.Where(d => d.Code == "unsafe-link" && d.Where.File.EndsWith("indicators.yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains(warnings, w => w.Message.Contains("«javascript:alert(1)» for «employment»", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("for «datalink»", StringComparison.Ordinal));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Chart_titles_descriptions_labels_and_ids_are_escaped_in_the_svg()
    {
        var hostile = "</title><script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        var points = new[] { new ChartPoint(2022, 10), new ChartPoint(2023, 12) };
        var charts = new[]
        {
            LineChart.Render(new LineChartSpec($"chart-{hostile}", hostile, hostile, 1, true, [new ChartSeries(hostile, points), new ChartSeries("]]>" + hostile, points)])
            {
                Breaks = [new ChartBreak(2023, hostile)],
            }, TestPhrases.Bokmål),
            BarChart.Render(new BarChartSpec($"bar-{hostile}", hostile, hostile, 1, [new ChartBar(hostile, 5, null), new ChartBar("' onmouseover='x", null, ":")]), TestPhrases.Bokmål),
            Sparkline.Render(new SparklineSpec($"spark-{hostile}", hostile, 1, points), TestPhrases.Bokmål),
        };

        foreach (var svg in charts)
        {
            HtmlScan.AssertSafe(svg, svg);
            Assert.DoesNotContain("<script", svg);
            Assert.DoesNotContain("<img", svg);
            Assert.Contains("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", svg);
            Assert.Single(HtmlScan.Tags(svg), t => t.Name == "title");
            Assert.Single(HtmlScan.Tags(svg), t => t.Name == "svg");
        }
    }

    [Fact]
    public void A_theme_id_cannot_leave_the_print_style_or_turn_a_link_into_a_script()
    {
        const string id = "javascript:alert(1)//}</style><script>alert(1)</script>";
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        var first = catalogue.Themes[0].Id;
        catalogue = catalogue with
        {
            Themes = [catalogue.Themes[0] with { Id = id }, .. catalogue.Themes.Skip(1)],
            Indicators = catalogue.Indicators.Select(i => i.ThemeId == first ? i with { ThemeId = id } : i).ToList(),
        };
        var analysis = EditionAnalysis.Run(catalogue, DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition)));
        var stamp = new BuildStamp(2025, new DateOnly(2025, 11, 20), "0123456789", Draft: false);

        var pages = new HtmlRenderer(RepositoryPaths.Templates, catalogue).Render(catalogue, analysis, ChartBuilder.Build(catalogue, analysis.Indicators, TestPhrases.Bokmål), RenderedText.Empty, stamp).Pages;

        foreach (var page in pages)
        {
            AssertNoneRaw(page.Html, page.FileName);
            Assert.DoesNotContain(HtmlScan.Tags(page.Html), t => t.Name == "a" && t["href"]!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }

        var print = pages.Single(p => p.FileName == HtmlRenderer.PrintPage).Html;
        var style = print[(print.IndexOf("<style>", StringComparison.Ordinal) + 7)..];
        Assert.StartsWith("@page", style);
        Assert.Equal(print.IndexOf("</style>", StringComparison.Ordinal), print.LastIndexOf("</style>", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indented_partial_in_a_users_template_still_escapes_its_text()
    {
        using var temp = new TempDirectory();
        foreach (var source in Directory.GetFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(source);
            var relative = Path.GetRelativePath(RepositoryPaths.Templates, source);
            temp.File(Path.Combine("templates", relative), relative == "method.sbn" ? text.Replace("{{ partial 'colophon'", "    {{ partial 'colophon'", StringComparison.Ordinal) : text);
        }

        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        catalogue = catalogue with { Edition = catalogue.Edition with { Publisher = HostileEdition.Image, Subtitle = HostileEdition.Script } };
        var analysis = EditionAnalysis.Run(catalogue, DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition)));
        var stamp = new BuildStamp(2025, new DateOnly(2025, 11, 20), "0123456789", Draft: false);

        var pages = new HtmlRenderer(Path.Combine(temp.Path, "templates"), catalogue).Render(catalogue, analysis, ChartBuilder.Build(catalogue, analysis.Indicators, TestPhrases.Bokmål), RenderedText.Empty, stamp).Pages;

        var method = pages.Single(p => p.FileName == "metode.html").Html;
        Assert.Contains("<dd>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</dd>", method);
        foreach (var page in pages)
        {
            AssertNoneRaw(page.Html, page.FileName);
        }
    }

    [Fact]
    public void Templates_write_unescaped_only_the_html_the_code_made_safe()
    {
        // Curated text (safe Markdown), charts (escaped SVG), the print style (escaped CSS), the
        // page body (a rendered template) and the policy (fixed words and a hash). Anything else
        // unescaped would put input straight onto a page.
        string[] safe =
        [
            "page.printStyle", "page.contentSecurityPolicy", "body", "preface", "introduction", "summary", "theme.introduction",
            "theme.summary", "indicator.comment", "indicator.chart", "chart", "sparkline",
        ];
        foreach (var template in Directory.GetFiles(RepositoryPaths.Templates, "*.hbs", SearchOption.AllDirectories))
        {
            foreach (System.Text.RegularExpressions.Match raw in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(template), @"\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)"))
            {
                var name = raw.Groups[1].Success ? raw.Groups[1].Value : raw.Groups[2].Value;
                Assert.True(safe.Contains(name), $"{Path.GetFileName(template)} writes «{name}» unescaped");
            }
        }
    }

    [Theory]
    [InlineData("arbeid", "arbeid")]
    [InlineData("2x", "\\32 x")]
    [InlineData("a}</style><script>", "a\\7d \\3c \\2f style\\3e \\3c script\\3e ")]
    [InlineData("levekår", "levekår")]
    public void An_id_in_css_is_an_identifier_that_cannot_end_the_rule(string id, string css) => Assert.Equal(css, Css.Identifier(id));

    [Fact]
    public void A_title_in_css_is_a_string_that_cannot_end_the_style_element()
    {
        var css = Css.String("Arbeid\" } </style><script>alert(1)</script>\\");

        Assert.DoesNotContain("<", css);
        Assert.Equal(2, css.Count(c => c == '"'));
        Assert.StartsWith("\"Arbeid\\22  } \\3c /style\\3e ", css);
    }

    [Fact]
    [Trait("Tier", "Full")] // builds the sample edition's municipal products (or the sample twice): seconds, kept out of the fast tier
    public async Task A_municipality_and_county_name_is_escaped_on_the_index_the_fact_sheet_and_the_bank()
    {
        using var temp = new TempDirectory();
        var catalogue = RepositoryPaths.CopySample(temp.Path);
        var classification = Path.Combine(temp.Path, "editions", "2025", "geography", "kommuner-2024.csv");
        var text = File.ReadAllText(classification);
        Assert.Contains("0301,Oslo,03,Oslo", text);
        File.WriteAllText(classification, text.Replace("0301,Oslo,03,Oslo", "0301,\"Oslo <script>alert(1)</script>\",03,\"Oslo \"\"><img src=x onerror=alert(1)>\"", StringComparison.Ordinal));
        var options = new MunicipalOptions(new BuildOptions(catalogue)
        {
            Pdf = false,
            OutputDirectory = Path.Combine(temp.Path, "kommuner"),
            TemplateDirectory = RepositoryPaths.Templates,
            FontDirectory = RepositoryPaths.Fonts,
            Date = new DateOnly(2025, 11, 20),
        })
        { Only = ["0301", "3301"] };

        var result = await MunicipalPipeline.BuildAsync(options);

        var pages = Directory.GetFiles(result.MainLanguage().Directory, "*.html");
        Assert.Contains(pages, p => p.EndsWith("0301.html", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            AssertNoneRaw(File.ReadAllText(page), Path.GetFileName(page));
        }

        Assert.Contains("Oslo &lt;script&gt;alert(1)&lt;/script&gt;", File.ReadAllText(Path.Combine(result.MainLanguage().Directory, "0301.html")));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
