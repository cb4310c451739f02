using System.Text;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>Data files must be the text encoding they claim to be; sizes and cube shapes have limits.</summary>
public sealed class EncodingTests
{
    private const string Px = """
        CHARSET="ANSI";
        CODEPAGE="{0}";
        TITLE="Sysselsatte på Ås";
        STUB="region";
        HEADING="tid";
        VALUES("region")="Bærum","Tromsø";
        VALUES("tid")="2022","2023";
        DATA=
        71.2 72.0
        68.1 69.4;

        """;

    private static (DataCube? Cube, List<Diagnostic> Diagnostics) Read(string name, byte[] bytes)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, name);
        File.WriteAllBytes(path, bytes);
        var diagnostics = new List<Diagnostic>();
        return (CubeReaders.Read(new InputFile(path, name), diagnostics), diagnostics);
    }

    private static Diagnostic SingleError(string name, byte[] bytes)
    {
        var (cube, diagnostics) = Read(name, bytes);
        Assert.Null(cube);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(name, diagnostic.Where.File);
        return diagnostic;
    }

    private static byte[] WithByte(string text, char marker, byte replacement)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[Array.IndexOf(bytes, (byte)marker)] = replacement;
        return bytes;
    }

    [Fact]
    public void Invalid_utf8_in_a_csv_file_is_bad_encoding_at_the_first_bad_byte()
    {
        var diagnostic = SingleError("data.csv", WithByte("year,group,value\n2023,imm,60\n2023,Bærum#,61\n", '#', 0xE6));

        Assert.Equal("bad-encoding", diagnostic.Code);
        Assert.Equal((3, 11), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_utf16_csv_file_is_bad_encoding_saying_so()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("year,group,value\n2023,imm,60\n")).ToArray();

        var diagnostic = SingleError("data.csv", bytes);

        Assert.Equal("bad-encoding", diagnostic.Code);
        Assert.Equal((1, 1), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("UTF-16", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_file_with_a_byte_order_mark_reads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("year,group,value\n2023,imm,60\n")).ToArray();

        var (cube, diagnostics) = Read("data.csv", bytes);

        Assert.Empty(diagnostics);
        Assert.Equal("year", cube!.Dimensions[0].Id);
    }

    [Fact]
    public void Invalid_utf8_in_a_json_stat_file_is_bad_encoding_at_the_first_bad_byte()
    {
        var diagnostic = SingleError("data.json", WithByte("{\n  \"class\": \"dataset\",\n  \"label\": \"Bo#\"\n}\n", '#', 0xF8));

        Assert.Equal("bad-encoding", diagnostic.Code);
        Assert.Equal((3, 15), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Fact]
    public void A_px_file_declared_utf8_with_invalid_bytes_is_bad_encoding_at_the_first_bad_byte()
    {
        var bytes = Encoding.Latin1.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Px, "utf-8"));

        var diagnostic = SingleError("data.px", bytes);

        Assert.Equal("bad-encoding", diagnostic.Code);
        Assert.Equal((3, 21), (diagnostic.Where.Line, diagnostic.Where.Column));
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("windows-1252")]
    [InlineData("iso-8859-15")]
    public void A_px_file_declared_single_byte_but_written_as_utf8_is_bad_encoding_not_mojibake(string codepage)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Px, codepage));

        var diagnostic = SingleError("data.px", bytes);

        Assert.Equal("bad-encoding", diagnostic.Code);
        Assert.Equal((3, 21), (diagnostic.Where.Line, diagnostic.Where.Column));
        Assert.Contains("UTF-8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_px_file_with_an_unknown_codepage_is_bad_encoding_at_the_codepage()
    {
        var diagnostic = SingleError("data.px", Encoding.Latin1.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Px, "klingon-42")));

        Assert.Equal("bad-encoding", diagnostic.Code);
        Assert.Equal(2, diagnostic.Where.Line);
    }

    [Fact]
    public void A_px_file_declared_iso_8859_1_in_latin1_still_reads()
    {
        var (cube, diagnostics) = Read("data.px", Encoding.Latin1.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Px, "iso-8859-1")));

        Assert.Empty(diagnostics);
        Assert.Equal("Sysselsatte på Ås", cube!.Label);
    }

    [Theory]
    [InlineData("data.csv")]
    [InlineData("data.json")]
    [InlineData("data.px")]
    public void A_data_file_over_the_size_limit_is_too_large_without_being_read(string name)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, name);
        using (var file = File.Create(path))
        {
            file.SetLength(201L * 1024 * 1024);
        }

        var diagnostics = new List<Diagnostic>();
        Assert.Null(CubeReaders.Read(new InputFile(path, name), diagnostics));

        Assert.Equal("too-large", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_csv_whose_dimensions_multiply_past_the_cell_limit_is_too_many_cells_not_an_overflow()
    {
        var rows = string.Concat(Enumerable.Range(0, 400).Select(i => $"{i},{i},{i},{i},{i},1\n"));

        var diagnostic = SingleError("data.csv", Encoding.UTF8.GetBytes("a,b,c,d,e,value\n" + rows));

        Assert.Equal("too-many-cells", diagnostic.Code);
    }

    [Fact]
    public void A_px_file_whose_dimensions_multiply_past_the_cell_limit_is_too_many_cells_not_an_overflow()
    {
        var values = string.Join(",", Enumerable.Range(0, 70000).Select(i => $"\"{i}\""));
        var px = $"CODEPAGE=\"utf-8\";\nSTUB=\"a\",\"b\";\nHEADING=\"c\";\nVALUES(\"a\")={values};\nVALUES(\"b\")={values};\nVALUES(\"c\")={values};\nDATA=\n1;\n";

        var diagnostic = SingleError("data.px", Encoding.UTF8.GetBytes(px));

        Assert.Equal("too-many-cells", diagnostic.Code);
    }

    [Fact]
    public void A_long_hostile_csv_header_is_quoted_only_as_a_short_printable_excerpt()
    {
        var header = "\u001b]0;owned\u0007" + new string('x', 5000);

        var diagnostic = SingleError("data.csv", Encoding.UTF8.GetBytes(header + "\n1\n"));

        Assert.Equal("bad-header", diagnostic.Code);
        Assert.DoesNotContain('\u001b', diagnostic.Message);
        Assert.DoesNotContain('\u0007', diagnostic.Message);
        Assert.True(diagnostic.Message.Length < 500, diagnostic.Message);
    }

    [Fact]
    public void A_long_bad_number_is_quoted_only_as_a_short_excerpt()
    {
        var diagnostic = Assert.Single(Read("data.csv", Encoding.UTF8.GetBytes("year,group,value\n2023,imm," + new string('z', 5000) + "\n")).Diagnostics);

        Assert.Equal("bad-number", diagnostic.Code);
        Assert.True(diagnostic.Message.Length < 300, diagnostic.Message);
    }
}
