using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>The sample publication opens with its key findings, on the front page and in the PDF, and every number in them is one of analysis.json's.</summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed class KeyFindingsEndToEndTests(SampleBuildFixture build)
{
    private IReadOnlyList<(string Indicator, string Text)> FrontFindings()
    {
        var index = File.ReadAllText(Path.Combine(build.Site, "index.html"));
        var section = Regex.Match(index, "<section class=\"key-findings\".*?</section>", RegexOptions.Singleline).Value;
        return [.. Regex.Matches(section, "<li><a href=\"[^\"#]+#([^\"]+)\">(.*?)</li>", RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(m.Groups[2].Value, "<[^>]+>", " "), "\\s+", " ")).Trim()))];
    }

    [Fact]
    public void The_front_page_opens_with_six_to_ten_findings_linked_to_their_indicators()
    {
        var index = File.ReadAllText(Path.Combine(build.Site, "index.html"));
        var findings = FrontFindings();

        Assert.InRange(findings.Count, 6, 10);
        Assert.True(index.IndexOf("class=\"key-findings\"", StringComparison.Ordinal) < index.IndexOf("id=\"key-figures\"", StringComparison.Ordinal), "the findings come before the key figures");
        foreach (var (indicator, _) in findings)
        {
            var page = Directory.GetFiles(build.Site, "*.html").Where(f => Path.GetFileName(f) != "print.html").Single(f => Regex.IsMatch(File.ReadAllText(f), $"<section class=\"indicator\" id=\"{Regex.Escape(indicator)}\""));
            Assert.Contains($"href=\"{Path.GetFileName(page)}#{indicator}\"", index);
        }
    }

    [Fact]
    public void Every_number_in_a_finding_is_in_analysis_json()
    {
        using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Combine(build.Site, "analysis.json")));
        foreach (var (indicator, text) in FrontFindings())
        {
            // The figures of the indicator's series: values, changes, gaps, and the years.
            var known = new List<double>();
            foreach (var series in analysis.RootElement.GetProperty("series").EnumerateArray().Where(s => s.GetProperty("indicator").GetString() == indicator))
            {
                foreach (var property in series.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number))
                {
                    known.Add(property.Value.GetDouble());
                }

                foreach (var point in series.GetProperty("points").EnumerateArray())
                {
                    known.Add(point.GetProperty("year").GetInt32());
                    if (point.GetProperty("value").ValueKind == JsonValueKind.Number)
                    {
                        known.Add(point.GetProperty("value").GetDouble());
                    }
                }
            }

            // The title's own numbers ("20–66 år") are not figures.
            var title = Regex.Match(File.ReadAllText(Path.Combine(build.Site, "index.html")), $"href=\"[^\"#]+#{Regex.Escape(indicator)}\">([^<]+)</a>").Groups[1].Value;
            var sentence = text[(WebUtility.HtmlDecode(title).Length)..];
            var numbers = Regex.Matches(sentence, @"\d[\d\u00A0\u202F ]*(?:,\d+)?").Select(m => m.Value.Trim()).Where(n => n.Length > 0).ToList();
            Assert.NotEmpty(numbers);
            foreach (var number in numbers)
            {
                var value = double.Parse(Regex.Replace(number, "[\u00A0\u202F ]", string.Empty).Replace(',', '.'), CultureInfo.InvariantCulture);
                var decimals = number.Contains(',') ? number.Length - number.IndexOf(',') - 1 : 0;
                Assert.True(known.Any(k => Math.Abs(Math.Round(Math.Abs(k), decimals) - value) < 1e-9), $"{indicator}: {number} in «{text}» is not a figure of analysis.json");
            }
        }
    }

    [Fact]
    public void The_pdf_opens_with_the_findings_before_the_first_theme()
    {
        var text = Regex.Replace(Poppler.Text(build.Pdf), "\\s+", " ");
        var findings = FrontFindings();

        // The print document has the findings before its first chapter; the PDF's text has them under their heading.
        var print = File.ReadAllText(Path.Combine(build.Site, "print.html"));
        Assert.True(print.IndexOf("key-findings-heading", StringComparison.Ordinal) is var at and > 0 && at < print.IndexOf("data-chapter=\"1\"", StringComparison.Ordinal), "the findings do not come before the first theme");
        var heading = text.IndexOf("Hovedfunn ", StringComparison.Ordinal);
        Assert.True(heading >= 0, "no key findings in the PDF");
        foreach (var (_, finding) in findings)
        {
            var words = finding.Split(':', 2)[1].Trim();
            Assert.True(text.IndexOf(words[..Math.Min(30, words.Length)], heading, StringComparison.Ordinal) > heading, $"«{words}» is not under the heading in the PDF");
        }
    }
}
