using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>One file to fetch: the indicators that read it, where it comes from, its full path and how messages name it.</summary>
public sealed record FetchJob(IReadOnlyList<string> Indicators, FetchSource Source, string Path, string Display);
