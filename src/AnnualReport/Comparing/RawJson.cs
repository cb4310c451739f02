namespace AnnualReport.Comparing;

/// <summary>A value read from analysis.json, kept as its JSON text so that it is written back unchanged.</summary>
public sealed record RawJson(string Json)
{
    public override string ToString() => Json;
}
