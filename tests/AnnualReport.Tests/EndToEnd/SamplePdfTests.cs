using System.Text.RegularExpressions;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.EndToEnd;

/// <summary>The printed publication, read back with poppler.</summary>
[Collection(SampleBuildCollection.Name)]
[Trait("Tier", "Full")]
public sealed class SamplePdfTests(SampleBuildFixture build)
{
    [Fact]
    public void Pdf_is_A4_tagged_and_titled_with_the_publication()
    {
        var info = Poppler.Info(build.Pdf);

        Assert.Contains("(A4)", Poppler.Field(info, "Page size"));
        Assert.Equal("yes", Poppler.Field(info, "Tagged"));
        Assert.Equal("Integrering i Norge 2025", Poppler.Field(info, "Title"));
    }

    [Fact]
    public void Pdf_language_is_norwegian_bokmal()
    {
        var raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(build.Pdf));

        Assert.Matches(@"/Lang\s*\(nb\)", raw);
    }

    [Fact]
    public void The_nynorsk_pdf_has_its_own_folder_name_title_and_language()
    {
        var nynorsk = build.Result.Language("nn");
        var raw = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(nynorsk.PdfPath!));

        Assert.Equal(Path.Combine(build.OutputDirectory, "nn", "integrering-i-noreg-2025.pdf"), nynorsk.PdfPath);
        Assert.Matches(@"/Lang\s*\(nn\)", raw);
        Assert.Equal("Integrering i Noreg 2025", Poppler.Field(Poppler.Info(nynorsk.PdfPath!), "Title"));
    }

    [Fact]
    public void Every_font_is_embedded()
    {
        var rows = Poppler.Fonts(build.Pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row));
        Assert.All(rows, row => Assert.Contains("NotoSans", row));
    }

    [Fact]
    public void Every_page_after_the_cover_and_colophon_has_its_number_in_the_footer()
    {
        var pages = Poppler.PageCount(build.Pdf);

        Assert.True(pages >= 8, $"expected a cover, colophon, contents and five chapters, got {pages} pages");
        for (var page = 3; page <= pages; page++)
        {
            var lastLine = Poppler.PageText(build.Pdf, page).Split('\n').Last(l => l.Trim().Length > 0).Trim();
            Assert.Equal($"{page} av {pages}", lastLine);
        }
    }

    [Fact]
    public void Chapter_and_indicator_headings_are_bookmarks()
    {
        var titles = PdfOutline.Titles(build.Pdf);

        Assert.Contains("Arbeid og sysselsetting", titles);
        Assert.Contains("Levekår", titles);
        Assert.Contains("Fellesskap og deltagelse", titles);
        Assert.Contains("Sysselsatte 20–66 år", titles);
    }

    [Fact]
    public void Text_holds_indicator_names_and_numbers_in_norwegian_format()
    {
        var text = Poppler.Text(build.Pdf);

        Assert.Contains("Sysselsatte 20–66 år", text);
        Assert.Contains("Barn 1–5 år i barnehage", text);
        Assert.Contains("68,2", text);
        Assert.Contains("79,8", text);
        Assert.Contains("\u22120,7 prosentpoeng", text);
        Assert.DoesNotMatch(new Regex(@"\b68\.2\b"), text);
    }

    [Fact]
    public void Charts_are_vector_graphics_with_real_text()
    {
        var images = Poppler.Images(build.Pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0);
        var structure = Poppler.Structure(build.Pdf);
        var text = Poppler.Text(build.Pdf);

        Assert.Empty(images);
        Assert.Contains("Figure", structure);
        Assert.Contains("Innvandrere 68,2", text);
    }

    [Fact]
    public void Every_contents_entry_gives_the_page_its_heading_is_on()
    {
        var entries = Contents();

        Assert.True(entries.Count >= 30, $"only {entries.Count} contents entries found");
        Assert.All(entries, entry => Assert.Contains(entry.Title, Normalise(Poppler.PageText(build.Pdf, entry.Page))));
    }

    [Fact]
    public void Chapter_pages_carry_the_chapter_title_as_running_header()
    {
        var chapter = Contents().Single(e => e.Title == "Arbeid og sysselsetting");
        var next = Contents().First(e => e.Title == "Utdanning og kvalifisering");

        for (var page = chapter.Page; page < next.Page; page++)
        {
            var first = Poppler.PageText(build.Pdf, page).Split('\n').First(l => l.Trim().Length > 0).Trim();
            Assert.Equal("Arbeid og sysselsetting", first);
        }
    }

    [Fact]
    public void Author_subject_and_build_stamp_are_in_the_document_information()
    {
        var info = Poppler.Info(build.Pdf);

        Assert.Equal("Integrerings- og mangfoldsdirektoratet (IMDi)", Poppler.Field(info, "Author"));
        Assert.Equal("Indikatorer for integrering", Poppler.Field(info, "Subject"));
        Assert.StartsWith("Utgave 2025, bygget 20. november 2025, fingeravtrykk ", Poppler.Field(info, "Keywords"));
        Assert.Equal("yes", Poppler.Field(info, "Tagged"));
    }

    [Fact]
    public void Every_figure_and_table_is_listed_after_the_contents_with_the_page_its_numbered_caption_is_on()
    {
        // "Figur 2.1 Sysselsatte 20–66 år" → "Figur 2.1"
        static string Label(string title) => string.Join(' ', title.Split(' ').Take(2));
        var entries = Lists();

        Assert.Contains(entries, e => Label(e.Title) == "Figur 2.1");
        Assert.Contains(entries, e => Label(e.Title) == "Tabell 2.1");
        Assert.Equal(entries.Count, entries.Select(e => Label(e.Title)).Distinct().Count());
        Assert.All(entries, entry => Assert.Contains(Label(entry.Title) + " ", Normalise(Poppler.PageText(build.Pdf, entry.Page)), StringComparison.Ordinal));
    }

    [Fact]
    public void No_heading_is_left_alone_at_the_bottom_of_a_page()
    {
        foreach (var (title, page) in Contents())
        {
            var lines = Poppler.PageText(build.Pdf, page).Split('\n').Select(l => Normalise(l).Trim()).Where(l => l.Length > 0).ToList();
            var body = lines.Take(lines.Count - 1).ToList();
            var at = body.FindIndex(l => l.Contains(title, StringComparison.Ordinal));
            Assert.True(at >= 0 && at < body.Count - 2, $"«{title}» is among the last lines of page {page}");
        }
    }

    [Fact]
    public void Text_extracts_in_reading_order()
    {
        var chapter = Contents().Single(e => e.Title == "Arbeid og sysselsetting").Page;
        var text = Normalise(Poppler.ReadingText(build.Pdf, chapter));

        // Each piece is looked for after the one before it (a title also appears earlier, in the
        // theme's development sentence), so every piece found means they come in this order.
        var position = 0;
        foreach (var piece in new[] { "Arbeid og sysselsetting", "Deltakelse i arbeidslivet", "Begge hovedindikatorene", "HOVEDINDIKATOR", "Sysselsatte 20–66 år", "Andelen bosatte 20–66 år" })
        {
            var found = text.IndexOf(piece, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"«{piece}» does not follow in reading order");
            position = found + piece.Length;
        }
    }

    /// <summary>The printed contents: lines "Title ..... 12" on the pages after the colophon.</summary>
    /// <summary>The contents' entries (headings), up to the lists of figures and tables that follow them.</summary>
    private List<(string Title, int Page)> Contents() => FrontLines().TakeWhile(l => l is not ("Figurer" or "Tabeller")).Select(Entry).OfType<(string, int)>().ToList();

    /// <summary>The lists of figures and tables: each entry's label and title (joined when it wraps) and page.</summary>
    private List<(string Title, int Page)> Lists()
    {
        // An entry starts with its label; a wrapped title continues on the next line, and the page
        // number stands on the entry's first or last line.
        var entries = new List<(string Title, int Page)>();
        var footer = new System.Text.RegularExpressions.Regex(@"^\d+ av \d+$");
        foreach (var line in FrontLines().SkipWhile(l => l != "Figurer").Where(l => l is not ("Figurer" or "Tabeller") && !footer.IsMatch(l)))
        {
            var (text, page) = Entry(line) ?? (Normalise(line), 0);
            if (text.StartsWith("Figur ", StringComparison.Ordinal) || text.StartsWith("Tabell ", StringComparison.Ordinal))
            {
                entries.Add((text, page));
            }
            else
            {
                entries[^1] = (entries[^1].Title + " " + text, Math.Max(entries[^1].Page, page));
            }
        }

        return entries;
    }

    private static (string Title, int Page)? Entry(string line) =>
        System.Text.RegularExpressions.Regex.Match(line, @"^(.+?)\s{2,}(\d+)$") is { Success: true } m && !m.Groups[1].Value.EndsWith(" av", StringComparison.Ordinal)
            ? (Normalise(m.Groups[1].Value), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : null;

    /// <summary>The lines of the pages from the contents (page 3) until the first chapter, trimmed.</summary>
    private IEnumerable<string> FrontLines()
    {
        var first = Entry(Poppler.PageText(build.Pdf, 3).Split('\n').Select(l => l.Trim()).First(l => Entry(l) is not null))!.Value.Page;
        return Enumerable.Range(3, first - 3).SelectMany(page => Poppler.PageText(build.Pdf, page).Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0);
    }

    private static string Normalise(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
