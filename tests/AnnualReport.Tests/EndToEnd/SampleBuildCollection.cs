namespace AnnualReport.Tests.EndToEnd;

/// <summary>Tests that share one build of the sample edition.</summary>
[CollectionDefinition(Name)]
public sealed class SampleBuildCollection : ICollectionFixture<SampleBuildFixture>
{
    public const string Name = "sample build";
}
