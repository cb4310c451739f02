using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

public sealed class CsvSeriesReaderTests
{
    private static (IReadOnlyList<Observation> Observations, List<Diagnostic> Diagnostics, string Path) Read(string csv)
    {
        using var temp = new TempDirectory();
        var path = temp.File("data.csv", csv);
        var diagnostics = new List<Diagnostic>();
        return (CsvSeriesReader.Read(path, diagnostics), diagnostics, path);
    }

    [Fact]
    public void Values_are_read_with_a_decimal_point_and_missing_cells_keep_their_symbol()
    {
        var (observations, diagnostics, _) = Read("year,group,value,status\n2022,imm,68.9,\n2023,imm,,:\n");

        Assert.Empty(diagnostics);
        Assert.Equal(68.9, observations[0].Value);
        Assert.Null(observations[1].Value);
        Assert.Equal(":", observations[1].Status);
        Assert.Equal(3, observations[1].Where.Line);
    }

    [Fact]
    public void Quoted_fields_crlf_and_a_byte_order_mark_are_accepted()
    {
        var (observations, diagnostics, _) = Read("\uFEFFyear,group,value\r\n2022,\"imm\",\"1234.5\"\r\n");

        Assert.Empty(diagnostics);
        Assert.Equal(1234.5, Assert.Single(observations).Value);
    }

    [Fact]
    public void A_decimal_comma_is_a_malformed_number_with_line_and_column()
    {
        var (_, diagnostics, path) = Read("year,group,value\n2022,imm,\"68,9\"\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-number", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 2, 10), diagnostic.Where);
        Assert.Contains("68.2", diagnostic.Message);
    }

    [Fact]
    public void An_empty_value_without_a_status_symbol_is_an_error()
    {
        var (_, diagnostics, _) = Read("year,group,value\n2022,imm,\n");

        Assert.Equal("missing-value", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_unknown_status_symbol_is_an_error()
    {
        var (_, diagnostics, _) = Read("year,group,value,status\n2022,imm,,x\n");

        Assert.Equal("bad-status", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_missing_column_is_reported_against_the_header()
    {
        var (_, diagnostics, path) = Read("year,value\n2022,1\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-header", diagnostic.Code);
        Assert.Equal(new SourceSpan(path, 1, 1), diagnostic.Where);
    }
}
