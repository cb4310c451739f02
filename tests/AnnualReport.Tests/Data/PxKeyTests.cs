using System.Text;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>PX keys with an unclosed bracket or parenthesis are bad-px at the key, not an exception.</summary>
public sealed class PxKeyTests
{
    [Theory]
    [InlineData("VALUES(\"a\"=\"x\";")]
    [InlineData("VALUES[en(\"a\")=\"x\";")]
    [InlineData("VALUES)(\"a\"=\"x\";")]
    [InlineData("VALUES][(=\"x\";")]
    public void An_unclosed_bracket_or_parenthesis_in_a_key_is_bad_px(string line)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "data.px");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes($"CODEPAGE=\"utf-8\";\nSTUB=\"a\";\n{line}\nDATA=\n1;\n"));
        var diagnostics = new List<Diagnostic>();

        Assert.Null(CubeReaders.Read(new InputFile(path, "data.px"), diagnostics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("bad-px", diagnostic.Code);
        Assert.Equal(3, diagnostic.Where.Line);
    }
}
