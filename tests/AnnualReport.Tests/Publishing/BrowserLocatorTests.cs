using AnnualReport.Model;
using AnnualReport.Publishing;

namespace AnnualReport.Tests.Publishing;

public sealed class BrowserLocatorTests
{
    [Fact]
    public void An_explicit_path_that_does_not_exist_names_the_path_and_the_way_out()
    {
        var error = Assert.Throws<EnvironmentException>(() => BrowserLocator.Locate("/no/such/chromium"));

        Assert.Contains("/no/such/chromium", error.Message);
        Assert.Contains("--no-pdf", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void An_explicit_path_that_exists_is_used_as_given()
    {
        var path = typeof(BrowserLocatorTests).Assembly.Location;

        Assert.Equal(path, BrowserLocator.Locate(path));
    }
}
