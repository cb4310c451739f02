using AnnualReport.Model;

namespace AnnualReport.Tests.Model;

/// <summary>The one rule for ids and names from input that become file names, URLs or anchors.</summary>
public sealed class SafeNameTests
{
    [Theory]
    [InlineData("minoritetssprakligeBarn")]
    [InlineData("kSysselsetting")]
    [InlineData("0301")]
    [InlineData("a")]
    [InlineData("a_b-c")]
    [InlineData("console")]
    public void Plain_ascii_ids_are_safe(string id) => Assert.True(SafeName.IsSafeId(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a.b")]
    [InlineData("_a")]
    [InlineData("-a")]
    [InlineData("a b")]
    [InlineData("a\u0000")]
    [InlineData("æ")]
    [InlineData("CON")]
    [InlineData("con")]
    [InlineData("Aux")]
    [InlineData("lpt9")]
    [InlineData("COM1")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Ids_that_could_escape_collide_or_not_be_a_file_name_are_unsafe(string? id) => Assert.False(SafeName.IsSafeId(id));

    [Theory]
    [InlineData("integrering-i-norge-2025.pdf", true)]
    [InlineData("outcomes_2024.v2.pdf", true)]
    [InlineData("x.PDF", false)]
    [InlineData("x.pdf.exe", false)]
    [InlineData("../x.pdf", false)]
    [InlineData("a/x.pdf", false)]
    [InlineData("a..b.pdf", false)]
    [InlineData(".pdf", false)]
    [InlineData("nul.pdf", false)]
    [InlineData("com1.pdf", false)]
    [InlineData("", false)]
    public void A_file_name_is_safe_only_as_a_plain_name_with_its_extension(string name, bool safe) =>
        Assert.Equal(safe, SafeName.IsSafeFileName(name, ".pdf"));
}
