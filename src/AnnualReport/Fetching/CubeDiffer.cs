using System.Globalization;
using AnnualReport.Data;

namespace AnnualReport.Fetching;

/// <summary>Compares two cubes of one table cell by cell, matching cells by their dimension and category codes.</summary>
public static class CubeDiffer
{
    /// <summary>At most this many changes are listed; the counts cover all.</summary>
    public const int MaxExamples = 10;

    public static CubeDiff Compare(DataCube old, DataCube @new)
    {
        var before = Cells(old);
        var after = Cells(@new);
        var added = after.Keys.Count(k => !before.ContainsKey(k));
        var removed = before.Keys.Count(k => !after.ContainsKey(k));
        var changed = new List<CellChange>();
        var count = 0;
        foreach (var (key, value) in after)
        {
            if (before.TryGetValue(key, out var was) && was != value)
            {
                count++;
                if (changed.Count < MaxExamples)
                {
                    changed.Add(new CellChange(key, was, value));
                }
            }
        }

        return new CubeDiff(added, removed, count, changed);
    }

    private static Dictionary<string, string> Cells(DataCube cube)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cell in cube.Cells.OfType<CubeCell>())
        {
            var key = string.Join(", ", cube.Dimensions.Select((d, i) => $"{d.Id}={cell.Codes[i]}"));
            cells[key] = cell.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : cell.Status ?? string.Empty;
        }

        return cells;
    }
}
