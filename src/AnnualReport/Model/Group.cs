namespace AnnualReport.Model;

/// <summary>A comparison group such as "Innvandrere" or "Øvrig befolkning".</summary>
public sealed record Group(string Id, string Label, SourceSpan Where)
{
    /// <summary>
    /// The groups this one is the sum of (the catalogue's <c>sumOf</c>), such as the whole
    /// population of immigrants, Norwegian-born to immigrant parents and the rest: disclosure
    /// control then protects a hidden figure of one of them against the others and the sum.
    /// </summary>
    public IReadOnlyList<string> SumOf { get; init; } = [];

    /// <summary>
    /// How the label is written inside a sentence (the catalogue's <c>inText</c>), when lowering
    /// its first letter would be wrong: a country, "Sverige", stays "Sverige" in "blant Sverige".
    /// Null: the label in lower case ("Innvandrere" → "innvandrere").
    /// </summary>
    public string? InText { get; init; }

    /// <summary>The label as it stands inside a sentence.</summary>
    public string InSentence(System.Globalization.CultureInfo culture) => InText ?? Label.ToLower(culture);

    /// <summary>True for the one group of an indicator about one population (<c>groups: none</c>): never compared, never listed as a comparison group.</summary>
    public bool IsPopulation { get; init; }
}
