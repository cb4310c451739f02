using System.Text;
using System.Text.Json;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Comments;

/// <summary><c>annual-report comments</c> as a user runs it: a separate process, its exit code, what it prints and the one file it writes.</summary>
public sealed class CommentsCommandTests
{
    [Fact]
    public void The_terminal_table_lists_each_comment_and_lets_no_escape_sequence_through()
    {
        using var temp = new TempDirectory();
        var pdf = WriteDraft(temp, "utkast.pdf", "\u001b[2J\u001b]0;pwned\u0007Slett alt");

        var result = ProcessRunner.AnnualReport(["comments", pdf, "--ui-language", "en"], temp.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("9 comments in utkast.pdf", result.Stdout);
        Assert.Contains("Highlight", result.Stdout);
        Assert.Contains("«økte»", result.Stdout);
        Assert.Contains("reply to 1", result.Stdout);
        Assert.Contains("Er dette riktig?", result.Stdout);
        Assert.Contains("\\u001B[2J", result.Stdout);
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.DoesNotContain('\u0007', result.Stdout);
    }

    [Fact]
    public void Json_is_one_array_with_an_object_per_comment()
    {
        using var temp = new TempDirectory();
        var pdf = WriteDraft(temp, "utkast.pdf");

        var result = ProcessRunner.AnnualReport(["comments", pdf, "--json"], temp.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var comments = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(8, comments.Count);
        Assert.Equal(1, comments[0].GetProperty("page").GetInt32());
        Assert.Equal("1.1", comments[0].GetProperty("reference").GetString());
        Assert.Equal("økte", comments[0].GetProperty("text").GetString());
        Assert.Equal("Kari Nordmann", comments[0].GetProperty("author").GetString());
        Assert.Equal("2026-11-30T10:15:00+01:00", comments[0].GetProperty("date").GetString());
        Assert.Equal(1, comments[1].GetProperty("replyTo").GetInt32());
        Assert.Equal(JsonValueKind.Null, comments[0].GetProperty("replyTo").ValueKind);
    }

    [Fact]
    public void Csv_out_writes_that_one_file_with_a_byte_order_mark_and_formulas_guarded()
    {
        using var temp = new TempDirectory();
        var pdf = WriteDraft(temp, "utkast.pdf");
        var csv = Path.Combine(temp.Path, "kommentarer.csv");

        var result = ProcessRunner.AnnualReport(["comments", pdf, "--out", csv], temp.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(["kommentarer.csv", "utkast.pdf"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var bytes = File.ReadAllBytes(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.StartsWith("Nr.,Svar på,Side,Ref.,Type,Tekst,Kommentar,Forfatter,Dato\n", text, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.com\"\")\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("1,,1,1.1,highlight,økte,Er dette riktig?,Kari Nordmann,2026-11-30T10:15:00+01:00\n", text, StringComparison.Ordinal);
        Assert.Contains("Skrev 8 kommentarer til", result.Stdout);
    }

    [Fact]
    public void Html_out_is_an_accessible_table_with_no_script_and_nothing_external()
    {
        using var temp = new TempDirectory();
        var pdf = WriteDraft(temp, "utkast.pdf", "<script>alert(1)</script><img src=\"https://example.com/x.png\">");
        var html = Path.Combine(temp.Path, "kommentarer.html");

        var result = ProcessRunner.AnnualReport(["comments", pdf, "--out", html], temp.Path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var page = File.ReadAllText(html);
        Assert.Contains("<html lang=\"nb\">", page);
        Assert.Contains("<caption>", page);
        Assert.Contains("<th scope=\"col\">Kommentar</th>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=\"", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=&quot;", page);
        Assert.Contains("default-src 'none'", page);
        Assert.Contains("<tr class=\"reply\" id=\"c2\">", page);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_one_bad_pdf_line_and_exit_code_2()
    {
        using var temp = new TempDirectory();
        temp.File("notater.pdf", "Dette er ikke en PDF.\n");

        var result = ProcessRunner.AnnualReport(["comments", "notater.pdf"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("notater.pdf: error bad-pdf: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Out_never_overwrites_the_pdf_it_reads()
    {
        using var temp = new TempDirectory();
        var pdf = WriteDraft(temp, "utkast.csv");
        var before = File.ReadAllBytes(pdf);

        var result = ProcessRunner.AnnualReport(["comments", "utkast.csv", "--out", "./utkast.csv"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--out: error unsafe-output: ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(pdf));
    }

    [Fact]
    public void Out_must_name_an_html_or_csv_file()
    {
        using var temp = new TempDirectory();
        WriteDraft(temp, "utkast.pdf");

        var result = ProcessRunner.AnnualReport(["comments", "utkast.pdf", "--out", "kommentarer.txt"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--out: error bad-option: ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["utkast.pdf"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Out_into_a_folder_that_does_not_exist_is_a_bad_option()
    {
        using var temp = new TempDirectory();
        WriteDraft(temp, "utkast.pdf");

        var result = ProcessRunner.AnnualReport(["comments", "utkast.pdf", "--out", "mangler/kommentarer.csv"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--out: error bad-option: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_pdf_is_file_not_found()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "utkast.pdf"));

        var result = ProcessRunner.AnnualReport(["comments", "utkast.pdf"], temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("utkast.pdf: error file-not-found: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("PDF", result.Stderr);
    }

    private static string WriteDraft(TempDirectory temp, string name, string? extraComment = null)
    {
        var pdf = ReviewedDraft.Build(labels: true);
        if (extraComment is not null)
        {
            using var annotator = new Annotator(pdf);
            annotator.Note(2, 300, 500, extraComment, "Mallory", null);
            pdf = annotator.Save();
        }

        var path = Path.Combine(temp.Path, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
