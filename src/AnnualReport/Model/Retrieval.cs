namespace AnnualReport.Model;

/// <summary>
/// When and from which table a data file was fetched (<c>annual-report fetch</c>'s provenance
/// record beside it), for the publication to say "Hentet fra SSB, tabell 05300, 12.11.2026".
/// </summary>
/// <param name="Date">The day the figures were downloaded (UTC).</param>
/// <param name="Table">The table or dataset id at the source.</param>
public sealed record Retrieval(DateOnly Date, string Table);
