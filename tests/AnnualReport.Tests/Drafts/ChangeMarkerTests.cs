using AnnualReport.Drafts;

namespace AnnualReport.Tests.Drafts;

/// <summary>How a draft page is marked against the same page of an earlier build: words, new and removed text, table figures, charts.</summary>
public sealed class ChangeMarkerTests
{
    private static readonly ChangeLabels Labels = new("Tatt ut:", "Satt inn:");

    private static string Page(string body) => $"<!doctype html><html lang=\"nb\"><head><title>T</title></head><body><nav><a href=\"a.html\">A</a></nav><main>{body}</main><footer>Fot</footer></body></html>";

    [Fact]
    public void A_changed_word_is_taken_out_and_put_in_with_labels_and_a_link_target()
    {
        var old = Page("<h2>Arbeid</h2><p data-ref=\"1.0.1\">Forskjellen er fortsatt stor.</p><p data-ref=\"1.0.2\">Uendret.</p>");
        var now = Page("<h2>Arbeid</h2><p data-ref=\"1.0.1\">Forskjellen er fortsatt betydelig.</p><p data-ref=\"1.0.2\">Uendret.</p>");

        var (html, changes) = ChangeMarker.Mark(now, old, Labels);

        Assert.Contains("<p data-ref=\"1.0.1\" id=\"change-1\">Forskjellen er fortsatt <del><span class=\"change-label\">Tatt ut: </span>stor.</del> <ins><span class=\"change-label\">Satt inn: </span>betydelig.</ins></p>", html);
        Assert.Contains("<p data-ref=\"1.0.2\">Uendret.</p>", html);
        var change = Assert.Single(changes);
        Assert.Equal(("text-changed", "change-1", "1.0.1", "Arbeid"), (change.Kind, change.Id, change.Ref, change.Heading));
        Assert.Equal("Forskjellen er fortsatt stor.", change.Old);
        Assert.Equal("Forskjellen er fortsatt betydelig.", change.New);
    }

    [Fact]
    public void Markup_around_the_words_stays_and_entities_stay_escaped()
    {
        var old = Page("<p>Se <a href=\"x.html#t\">tabellen</a> for A &amp; B i <strong>2023</strong>.</p>");
        var now = Page("<p>Se <a href=\"x.html#t\">tabellen</a> for A &amp; B i <strong>2024</strong>.</p>");

        var (html, changes) = ChangeMarker.Mark(now, old, Labels);

        Assert.Contains("<a href=\"x.html#t\">tabellen</a> for A &amp; B i <strong><del><span class=\"change-label\">Tatt ut: </span>2023</del> <ins><span class=\"change-label\">Satt inn: </span>2024</ins></strong>.", html);
        Assert.Single(changes);
    }

    [Fact]
    public void An_unchanged_page_is_left_as_it_is()
    {
        var page = Page("<h2>Arbeid</h2><p>Tekst.</p><div class=\"data-table\"><table><caption>T</caption><thead><tr><th scope=\"col\">År</th><th scope=\"col\">A</th></tr></thead><tbody><tr><th scope=\"row\">2023</th><td>1</td></tr></tbody></table></div>");

        var (html, changes) = ChangeMarker.Mark(page, page, Labels);

        Assert.Equal(page, html);
        Assert.Empty(changes);
    }

    [Fact]
    public void A_new_paragraph_is_inserted_whole_and_a_removed_one_stays_struck_through()
    {
        var old = Page("<p>Første.</p><p>Borte nå.</p><p>Siste.</p>");
        var now = Page("<p>Første.</p><p>Siste.</p><p>Helt ny tekst.</p>");

        var (html, changes) = ChangeMarker.Mark(now, old, Labels);

        Assert.Contains("<p class=\"draft-removed\" id=\"change-", html);
        Assert.Contains("<del><span class=\"change-label\">Tatt ut: </span>Borte nå.</del></p>\n<p>Siste.</p>", html);
        Assert.Contains("<ins><span class=\"change-label\">Satt inn: </span>Helt ny tekst.</ins></p>", html);
        Assert.Equal(["text-removed", "text-added"], changes.Select(c => c.Kind));
    }

    [Fact]
    public void A_changed_figure_in_a_table_shows_old_and_new_and_is_highlighted()
    {
        static string Table(string a, string b) => Page($"<div class=\"data-table\"><table id=\"tab-2-1\" data-ref=\"2.1.5\"><caption><span class=\"table-number\">Tabell 2.1</span> Sysselsatte. Prosent</caption><thead><tr><th scope=\"col\">År</th><th scope=\"col\">Innvandrere</th><th scope=\"col\">Øvrige</th></tr></thead><tbody><tr><th scope=\"row\">2022</th><td>{a}</td><td>79,0</td></tr><tr><th scope=\"row\">2023</th><td>{b}</td><td>79,8</td></tr></tbody></table></div>");

        var (html, changes) = ChangeMarker.Mark(Table("68,5", "68,2"), Table("68,9", "68,2"), Labels);

        Assert.Contains("<tr><th scope=\"row\">2022</th><td class=\"changed\"><del><span class=\"change-label\">Tatt ut: </span>68,9</del> <ins><span class=\"change-label\">Satt inn: </span>68,5</ins></td><td>79,0</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">2023</th><td>68,2</td><td>79,8</td></tr>", html);
        var change = Assert.Single(changes);
        Assert.Equal(("figures-changed", "tab-2-1", "2.1.5", 1), (change.Kind, change.Id, change.Ref, change.Count));
        Assert.Equal("Sysselsatte. Prosent", change.Heading);
    }

    [Fact]
    public void A_chart_whose_drawing_changed_is_highlighted()
    {
        static string Chart(string y) => Page($"<figure class=\"chart\" data-ref=\"2.1.4\" id=\"fig-2-1\"><svg role=\"img\"><title>Sysselsatte</title><path d=\"M0 {y}\"/></svg><figcaption>Kilde: SSB</figcaption></figure>");

        var (html, changes) = ChangeMarker.Mark(Chart("5"), Chart("4"), Labels);

        Assert.Contains("<figure class=\"chart changed\" data-ref=\"2.1.4\" id=\"fig-2-1\">", html);
        Assert.Equal(("chart-changed", "fig-2-1", "Sysselsatte"), (Assert.Single(changes).Kind, changes[0].Id, changes[0].Heading));
        Assert.Empty(ChangeMarker.Mark(Chart("5"), Chart("5"), Labels).Changes);
    }

    [Fact]
    public void The_marks_of_an_earlier_draft_are_not_its_text()
    {
        var marked = Page("<section class=\"draft-changes\"><h2>Endringer</h2><p>1 endring</p></section><p>Forskjellen er fortsatt <del><span class=\"change-label\">Tatt ut: </span>stor.</del> <ins><span class=\"change-label\">Satt inn: </span>betydelig.</ins></p><p class=\"draft-removed\"><del>Borte.</del></p><figure><svg><title>F</title></svg><figcaption><span class=\"figure-number\">Figur 1.2</span> Kilde</figcaption></figure>");
        var plain = Page("<p>Forskjellen er fortsatt betydelig.</p><figure><svg><title>F</title></svg><figcaption><span class=\"figure-number\">Figur 1.3</span> Kilde</figcaption></figure>");

        var (html, changes) = ChangeMarker.Mark(plain, marked, Labels);

        Assert.Empty(changes);
        Assert.Equal(plain, html);
    }

    [Fact]
    public void The_build_stamp_and_the_chrome_are_never_changes()
    {
        var old = Page("<dl><div><dt>Byggestempel</dt><dd class=\"stamp\">Utkast 1, fingeravtrykk aaaa</dd></div></dl>").Replace("Fot", "Gammel fot");
        var now = Page("<dl><div><dt>Byggestempel</dt><dd class=\"stamp\">Utkast 2, fingeravtrykk bbbb</dd></div></dl>");

        Assert.Empty(ChangeMarker.Mark(now, old, Labels).Changes);
    }

    [Fact]
    public void A_paragraph_removed_before_a_reworded_one_is_removed_and_the_reworded_one_changed()
    {
        var old = Page("<p>Første avsnitt.</p><p>Et avsnitt som går helt bort.</p><p>Sysselsettingen var 68,9 prosent i 2022.</p>");
        var now = Page("<p>Første avsnitt.</p><p>Sysselsettingen var 68,5 prosent i 2022.</p>");

        var (html, changes) = ChangeMarker.Mark(now, old, Labels);

        Assert.Equal(["text-removed", "text-changed"], changes.Select(c => c.Kind));
        Assert.Contains("Sysselsettingen var <del><span class=\"change-label\">Tatt ut: </span>68,9</del> <ins><span class=\"change-label\">Satt inn: </span>68,5</ins> prosent", html);
        Assert.DoesNotMatch("<[^>]* id=\"[^\"]*\"[^>]* id=\"", html);
    }
}
