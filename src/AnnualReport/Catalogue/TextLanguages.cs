namespace AnnualReport.Catalogue;

/// <summary>
/// The languages a catalogue is read in: the edition's languages (the main one first), the one
/// every translatable field is resolved to, and whether a missing translation only warns (a draft).
/// </summary>
internal sealed record TextLanguages(IReadOnlyList<string> Codes, string Target, bool Draft)
{
    public string Main => Codes[0];

    public static TextLanguages Single(string code) => new([code], code, Draft: false);
}
