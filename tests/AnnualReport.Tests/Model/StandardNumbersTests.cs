using AnnualReport.Model;

namespace AnnualReport.Tests.Model;

public sealed class StandardNumbersTests
{
    // Check digits worked by hand: ISBN-13 weights 1,3,… mod 10; ISSN weights 8…2 mod 11 (0317-8471 is ISO 3297's own example).
    [Theory]
    [InlineData("978-82-537-1234-5", true)]
    [InlineData("9788253712345", true)]
    [InlineData("978 0 306 40615 7", true)]
    [InlineData("978-0-306-40615-6", false)]
    [InlineData("978-82-537-1234", false)]
    [InlineData("0-306-40615-2", false)]
    [InlineData("977-0-306-40615-7", false)]
    [InlineData("978-0-306-4061X-7", false)]
    public void Isbn13_check_digit(string isbn, bool valid) => Assert.Equal(valid, StandardNumbers.IsIsbn13(isbn));

    [Theory]
    [InlineData("0317-8471", true)]
    [InlineData("2049-3630", true)]
    [InlineData("0378-5955", true)]
    [InlineData("1050-124X", true)]
    [InlineData("1050-124x", true)]
    [InlineData("0317-8472", false)]
    [InlineData("0317-847", false)]
    [InlineData("X317-8471", false)]
    [InlineData("-03178471", false)]
    public void Issn_check_digit(string issn, bool valid) => Assert.Equal(valid, StandardNumbers.IsIssn(issn));
}
