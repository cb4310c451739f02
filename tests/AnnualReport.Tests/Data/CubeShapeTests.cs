using System.Text;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Data;

/// <summary>A file whose dimensions cannot make an unambiguous cube is an error, whatever its format.</summary>
public sealed class CubeShapeTests
{
    [Theory]
    [InlineData("dup-column.csv", "year,Year,value\n2020,2021,1\n", "duplicate-id")]
    [InlineData("dup-dimension.json", """{"class":"dataset","id":["a","a"],"size":[1,1],"dimension":{"a":{"category":{"index":["x"]}}},"value":[1]}""", "duplicate-id")]
    [InlineData("dup-category.json", """{"class":"dataset","id":["a"],"size":[2],"dimension":{"a":{"category":{"index":["x","x"]}}},"value":[1,2]}""", "duplicate-id")]
    [InlineData("index-gap.json", """{"class":"dataset","id":["a"],"size":[1],"dimension":{"a":{"category":{"index":{"x":5}}}},"value":[1]}""", "bad-json-stat")]
    [InlineData("index-twice.json", """{"class":"dataset","id":["a"],"size":[2],"dimension":{"a":{"category":{"index":{"x":0,"y":0}}}},"value":[1,2]}""", "bad-json-stat")]
    [InlineData("dup-stub.px", "STUB=\"a\",\"a\";\nVALUES(\"a\")=\"x\";\nDATA=\n1;\n", "duplicate-id")]
    [InlineData("dup-code.px", "STUB=\"a\";\nVALUES(\"a\")=\"x\",\"x\";\nDATA=\n1 2;\n", "duplicate-id")]
    public void Duplicate_dimensions_or_codes_are_an_error_of_the_format(string name, string content, string code)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        var diagnostics = new List<Diagnostic>();

        Assert.Null(CubeReaders.Read(new InputFile(path, name), diagnostics));

        Assert.Equal(code, Assert.Single(diagnostics).Code);
    }
}
