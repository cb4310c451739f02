using AnnualReport.Catalogue;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Fetching;

/// <summary>The catalogue's <c>data.fetch</c> block: read strictly, every mistake with code, line and column.</summary>
public sealed class FetchReaderTests
{
    private const string Catalogue = EditionFixture.Head + EditionFixture.WorkTheme + """
          - id: employment
            theme: work
            level: main
            title: Employment
            definition: Share employed.
            unit: percent
            polarity: higherIsBetter
            source:
              name: SSB
            data:
              file: data/05300.json
              group: InnvandrKat
              fetch:
                api: pxwebapi2
                site: https://data.ssb.no/api/pxwebapi/v2
                table: "05300"
                lang: no
                select: {InnvandrKat: ["B", "C"], Tid: "top(10)"}
            provenance: published
        """;

    [Fact]
    public void Fetch_block_is_read_with_codes_and_expressions()
    {
        using var temp = new TempDirectory();

        var catalogue = CatalogueLoader.Load(temp.File("indicators.yaml", Catalogue));

        var fetch = Assert.Single(catalogue.Indicators).Data.Fetch;
        Assert.NotNull(fetch);
        Assert.Equal(FetchApi.PxWebApi2, fetch.Api);
        Assert.Equal("https://data.ssb.no/api/pxwebapi/v2", fetch.Site);
        Assert.Equal("05300", fetch.Table);
        Assert.Equal("no", fetch.Language);
        Assert.Equal(["B", "C"], fetch.Select[0].Codes);
        Assert.Equal(new SelectionExpression(SelectionKind.Top, 10, null), fetch.Select[1].Expression);
        Assert.Equal(new SourceSpan(Path.Combine(temp.Path, "indicators.yaml"), 28, 9), fetch.Where);
    }

    [Fact]
    public void Data_without_fetch_block_has_none()
    {
        Assert.All(SampleEdition.Catalogue.Indicators, i => Assert.Null(i.Data.Fetch));
    }

    [Theory]
    [InlineData("        site: https://data.ssb.no/api/pxwebapi/v2\n", "        site: ftp://data.ssb.no/\n", "bad-fetch", 29, 15)]
    [InlineData("        table: \"05300\"\n", "        table: \"../05300\"\n", "bad-fetch", 30, 16)]
    [InlineData("        lang: no\n", "        lang: no\n        colour: red\n", "unknown-key", 32, 9)]
    [InlineData("        api: pxwebapi2\n", "        api: pxweb3\n", "wrong-type", 28, 14)]
    [InlineData("Tid: \"top(10)\"", "Tid: \"latest\"", "bad-fetch", 32, 48)]
    [InlineData("Tid: \"top(10)\"", "Tid: []", "bad-fetch", 32, 48)]
    [InlineData("file: data/05300.json", "file: data/05300.csv", "bad-fetch", 28, 9)]
    [InlineData("        lang: no\n", "", "bad-fetch", 28, 9)]
    public void Mistakes_in_the_fetch_block_are_reported_with_code_line_and_column(string find, string replace, string code, int line, int column)
    {
        using var temp = new TempDirectory();
        var text = Catalogue.Replace(find, replace, StringComparison.Ordinal);
        if (find == "        lang: no\n" && replace.Length == 0)
        {
            text = text.Replace("api: pxwebapi2", "api: pxweb1", StringComparison.Ordinal);
        }

        var path = temp.File("indicators.yaml", text);

        var error = Assert.Throws<InputException>(() => CatalogueLoader.Load(path));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(new SourceSpan(path, line, column), diagnostic.Where);
    }

    [Fact]
    public void Eurostat_takes_ranges_only_in_its_time_dimension()
    {
        using var temp = new TempDirectory();
        var text = Catalogue.Replace("api: pxwebapi2", "api: eurostat", StringComparison.Ordinal);

        var error = Assert.Throws<InputException>(() => CatalogueLoader.Load(temp.File("indicators.yaml", text)));

        Assert.Equal("bad-fetch", Assert.Single(error.Diagnostics).Code);
        var time = CatalogueLoader.Load(temp.File("ok.yaml", text.Replace("Tid: \"top(10)\"", "time: \"from(2015)\"", StringComparison.Ordinal)));
        Assert.Equal(SelectionKind.From, Assert.Single(time.Indicators).Data.Fetch!.Select[1].Expression!.Kind);
    }

    [Theory]
    [InlineData("top(3)", "2023,2024,2025")]
    [InlineData("bottom(2)", "2020,2021")]
    [InlineData("from(2024)", "2024,2025")]
    [InlineData("TO(2021)", "2020,2021")]
    [InlineData("*", "2020,2021,2022,2023,2024,2025")]
    [InlineData("from(1999)", "")]
    public void Expressions_resolve_against_the_tables_codes(string expression, string expected)
    {
        var codes = SelectionExpression.Parse(expression)!.Resolve(["2020", "2021", "2022", "2023", "2024", "2025"]);

        Assert.Equal(expected, string.Join(',', codes));
    }
}
