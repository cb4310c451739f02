using AnnualReport.Publishing;

namespace AnnualReport.Tests.Publishing;

/// <summary>Write failures of the machine are named as such (exit code 3), from real failing writes.</summary>
public sealed class MachineFaultTests
{
    [Fact]
    public void A_full_disk_is_named_as_a_full_disk()
    {
        // /dev/full answers every write with ENOSPC, as a full disk does.
        var error = Assert.ThrowsAny<IOException>(() => File.WriteAllText("/dev/full", new string('x', 100_000)));

        var fault = MachineFault.Classify(error, "/srv/site");

        Assert.NotNull(fault);
        Assert.Contains("disken er full", fault.Message);
        Assert.Contains("/srv/site", fault.Message);
    }

    [Fact]
    public void No_access_is_named_and_other_exceptions_are_not_machine_faults()
    {
        Assert.Contains("ingen skrivetilgang", MachineFault.Classify(new UnauthorizedAccessException("denied"), "/srv/site")!.Message);
        Assert.Null(MachineFault.Classify(new InvalidOperationException("bug"), "/srv/site"));
    }
}
