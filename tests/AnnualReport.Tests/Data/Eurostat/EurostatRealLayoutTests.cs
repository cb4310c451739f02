using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AnnualReport.Cli;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data.Eurostat;

/// <summary>
/// <c>inspect --json</c> on extracts laid out as Eurostat writes them: the dissemination API's TSV
/// since 2023 (SDMX codes, <c>freq,…,geo\TIME_PERIOD</c>, <c>2022-Q1 </c>, a byte order mark and
/// CRLF as a Windows download keeps them, gzip) and the older bulk download (<c>unit,geo\time</c>,
/// newest period first, <c>2020S1</c>, <c>2021M01</c>). The rows follow lfsq_ergan and
/// migr_pop1ctz. The expected counts come from a plain count over the text, not from the reader.
/// </summary>
public sealed class EurostatRealLayoutTests
{
    private const string Quarterly =
        "\uFEFFfreq,unit,sex,age,citizen,geo\\TIME_PERIOD\t2022 \t2022-Q1 \t2022-Q2 \t2022-Q3 \t2022-Q4 \t2023-Q1 \r\n" +
        "A,PC,F,Y20-64,EU27_2020_FOR,NO\t68.1 \t: \t: \t: \t: \t: \r\n" +
        "Q,PC,F,Y20-64,EU27_2020_FOR,NO\t: \t67.9 u\t68.3 bep\t: c\t69.0 \t: bu\r\n" +
        "Q,PC,F,Y20-64,EU27_2020_FOR,SE\t: \t70.1 \t70.4 e\t71.0 p\t: z\t71.5 \r\n" +
        "Q,PC,M,Y20-64,EU27_2020_FOR,NO\t: \t78.2 \t78.9 b\t79.4 \t79.8 d\t80.1 p\r\n" +
        "Q,PC,M,Y20-64,NON_EU27_2020_FOR,NO\t: \t60.5 s\t61.0 \t: \t62.2 r\t62.9 f\r\n" +
        "Q,PC,T,Y20-64,NON_EU27_2020_FOR,SE\t: \t58.4 n\t59.0 \t59.3 ep\t: c\t60.0 \r\n" +
        "\r\n";

    private const string OlderBulk =
        "citizen,age,unit,sex,geo\\time\t2021S1 \t2020S2 \t2020S1 \t2021M01 \n" +
        "EU27_2020_FOR,TOTAL,NR,T,IS\t43120 ep\t42980 e\t: \t: \n" +
        "EU27_2020_FOR,TOTAL,NR,T,NO\t: c\t210836 \t209500 p\t17 i\n" +
        "TOTAL,TOTAL,NR,T,SE\t10521556 p\t10452326 \t10379295 \t: \n";

    private const string WeeksAndDays =
        "freq,unit,geo\\TIME_PERIOD\t2020-W01 \t2020-W02 \t2020-01-15 \n" +
        "W,NR,NO\t12 \t: \t: \n" +
        "W,NR,SE\t14 p\t15 \t: \n" +
        "D,NR,NO\t: \t: \t3.5 e\n";

    [Theory]
    [InlineData("lfsq_ergan.tsv.gz", Quarterly)]
    [InlineData("lfsq_ergan.tsv", Quarterly)]
    [InlineData("migr_pop1ctz.tsv", OlderBulk)]
    [InlineData("demo_r_mweek3.tsv", WeeksAndDays)]
    public void Inspect_json_gives_the_counts_a_plain_count_of_the_text_gives(string name, string text)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, name);
        File.WriteAllBytes(path, name.EndsWith(".gz", StringComparison.Ordinal) ? Gzip(text) : Encoding.UTF8.GetBytes(text));
        var expected = Count(text);

        var diagnostics = new List<Diagnostic>();
        var summary = CubeReaders.Summarise(path, diagnostics);
        using var json = JsonDocument.Parse(InspectCommand.Json(summary!));
        var root = json.RootElement;

        Assert.Empty(diagnostics);
        Assert.Equal(expected.Dimensions, root.GetProperty("dimensions").EnumerateArray().Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("size").GetInt32())));
        Assert.Equal(expected.Periods, root.GetProperty("dimensions").EnumerateArray().Last().GetProperty("codes").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal(
            (expected.Rows, expected.Periods.Count, expected.Cells, expected.Present, expected.Missing, expected.Span),
            (root.GetProperty("rows").GetInt32(), root.GetProperty("periods").GetInt32(), root.GetProperty("cells").GetInt64(), root.GetProperty("present").GetInt32(), root.GetProperty("missing").GetInt32(), root.GetProperty("span").GetInt64()));
        Assert.Equal(expected.Cells, root.GetProperty("written").GetInt32());
        Assert.Equal(expected.Missing, root.GetProperty("status").GetProperty(":").GetInt32());
        Assert.Equal(expected.Letters, Counts(root.GetProperty("flags")));
        Assert.Equal(expected.Combinations, Counts(root.GetProperty("combinations")));
    }

    [Fact]
    public void Every_flag_letter_in_the_extracts_has_a_meaning_in_eurostats_vocabulary()
    {
        var letters = new[] { Quarterly, OlderBulk, WeeksAndDays }.SelectMany(t => Count(t).Letters.Keys).Distinct().ToList();

        Assert.Equal(12, letters.Count);
        Assert.All(letters, l => Assert.NotNull(StatusVocabulary.Eurostat.MeaningOf(l)));
    }

    private static SortedDictionary<string, int> Counts(JsonElement element) =>
        new(element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()), StringComparer.Ordinal);

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.Optimal))
        {
            zip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    /// <summary>The counts by hand: tabs, commas, a colon for a missing cell, flag letters after the first space.</summary>
    private static Expected Count(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => l.Trim().Length > 0).ToList();
        var header = lines[0].Split('\t');
        var names = header[0].Split('\\');
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToList();
        var dimensions = names[0].Split(',').Select((id, d) => (id, rows.Select(r => r[0].Split(',')[d]).Distinct().Count())).ToList();
        var periods = header.Skip(1).Select(p => p.Trim()).ToList();
        dimensions.Add((names[1], periods.Count));
        var cells = rows.SelectMany(r => r.Skip(1)).Select(c => c.Trim()).ToList();
        var notes = cells.Select(c => c.StartsWith(':') ? c : c.Contains(' ') ? c[(c.IndexOf(' ') + 1)..] : string.Empty).Where(n => n.Length > 0).ToList();
        var letters = new SortedDictionary<string, int>(notes.SelectMany(n => n.Where(char.IsLetter)).GroupBy(c => c.ToString()).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        var combinations = new SortedDictionary<string, int>(notes.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        var missing = cells.Count(c => c.StartsWith(':'));
        return new Expected(dimensions, periods, rows.Count, cells.Count, cells.Count - missing, missing, dimensions.Aggregate(1L, (p, d) => p * d.Item2), letters, combinations);
    }

    private sealed record Expected(
        List<(string, int)> Dimensions,
        List<string> Periods,
        int Rows,
        long Cells,
        int Present,
        int Missing,
        long Span,
        SortedDictionary<string, int> Letters,
        SortedDictionary<string, int> Combinations);
}
