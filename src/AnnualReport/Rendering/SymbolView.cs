namespace AnnualReport.Rendering;

/// <summary>One of SSB's symbols and what it means.</summary>
public sealed record SymbolView(string Symbol, string Meaning);
