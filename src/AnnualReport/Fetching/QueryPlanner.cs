using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// Turns a fetch block's selection into requests. With the table's metadata, every dimension's
/// selection is resolved to codes (a dimension the selection leaves out is fetched whole), the
/// cells are counted, and a selection over the API's cells per query is cut along the time
/// dimension (else the largest) into parts that each fit; the parts are merged into one file after.
/// </summary>
public static class QueryPlanner
{
    public static QueryPlan Plan(FetchSource source, TableMetadata? metadata, ApiLimits limits)
    {
        if (metadata is null)
        {
            return new QueryPlan([source.Select], null, 0);
        }

        foreach (var unknown in source.Select.Where(s => !metadata.Dimensions.Any(d => d.Id == s.Dimension)))
        {
            throw new FetchException(Messages.Format("fetch.unknown-dimension", ("dimension", SafeText.Excerpt(unknown.Dimension)), ("known", SafeText.List(metadata.Dimensions.Select(d => d.Id).ToList()))), input: true);
        }

        var resolved = metadata.Dimensions.Select(d => new FetchSelection(d.Id, Resolve(d, source.Select.FirstOrDefault(s => s.Dimension == d.Id)), null, source.Where)).ToList();
        var cells = resolved.Aggregate(1L, (product, s) => product * s.Codes.Count);
        if (cells <= limits.MaxCells)
        {
            return new QueryPlan([resolved], null, cells);
        }

        var split = resolved.FindIndex(s => s.Dimension == metadata.TimeDimension);
        if (split < 0)
        {
            split = resolved.IndexOf(resolved.MaxBy(s => s.Codes.Count)!);
        }

        var along = resolved[split];
        var perCode = cells / along.Codes.Count;
        var perPart = limits.MaxCells / perCode;
        if (perPart < 1)
        {
            throw new FetchException(Messages.Format("fetch.too-many-cells", ("cells", cells), ("max", limits.MaxCells), ("dimension", along.Dimension)), input: true);
        }

        var parts = along.Codes.Chunk((int)Math.Min(perPart, int.MaxValue))
            .Select(chunk => (IReadOnlyList<FetchSelection>)resolved.Select((s, i) => i == split ? s with { Codes = chunk } : s).ToList())
            .ToList();
        return new QueryPlan(parts, along.Dimension, cells);
    }

    private static IReadOnlyList<string> Resolve(TableDimension dimension, FetchSelection? selection)
    {
        if (selection is null)
        {
            return dimension.Codes;
        }

        if (selection.Expression is { } expression)
        {
            var codes = expression.Resolve(dimension.Codes);
            return codes.Count > 0 ? codes : throw new FetchException(Messages.Format("fetch.empty-selection", ("dimension", dimension.Id), ("selection", SafeText.Excerpt(expression.ToString()))), input: true);
        }

        var missing = selection.Codes.Where(c => !dimension.Codes.Contains(c)).ToList();
        return missing.Count == 0
            ? selection.Codes
            : throw new FetchException(Messages.Format("fetch.unknown-code", ("dimension", dimension.Id), ("codes", SafeText.List(missing)), ("n", missing.Count)), input: true);
    }
}
