using System.Text.Json;

namespace AnnualReport.Fetching;

/// <summary>
/// Reads the parts of a JSON-stat 2.0 dataset <c>fetch</c> needs before and after a download:
/// <c>updated</c>, the dimensions' ids and category codes in index order, and the time role.
/// PxWebApi 2's metadata endpoint answers in this form with an empty <c>value</c>
/// (PxTools/PxWebApi, <c>ExpectedJson/MetadataById_tab001_js2.json</c>).
/// </summary>
internal static class JsonStatMetadata
{
    public static TableMetadata Read(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var updated = root.TryGetProperty("updated", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        var dimensions = new List<TableDimension>();
        if (root.TryGetProperty("id", out var ids) && ids.ValueKind == JsonValueKind.Array && root.TryGetProperty("dimension", out var all))
        {
            foreach (var id in ids.EnumerateArray().Select(i => i.GetString() ?? string.Empty))
            {
                dimensions.Add(new TableDimension(id, Codes(all.GetProperty(id))));
            }
        }

        string? time = null;
        if (root.TryGetProperty("role", out var role) && role.TryGetProperty("time", out var times) && times.ValueKind == JsonValueKind.Array && times.GetArrayLength() > 0)
        {
            time = times[0].GetString();
        }

        return new TableMetadata(updated, dimensions, time);
    }

    /// <summary>A dimension's codes in index order: <c>index</c> as an array or an object, or the <c>label</c> keys of a single category.</summary>
    public static IReadOnlyList<string> Codes(JsonElement dimension)
    {
        var category = dimension.GetProperty("category");
        if (category.TryGetProperty("index", out var index))
        {
            return index.ValueKind == JsonValueKind.Array
                ? index.EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList()
                : index.EnumerateObject().OrderBy(p => p.Value.GetInt32()).Select(p => p.Name).ToList();
        }

        return category.TryGetProperty("label", out var label) ? label.EnumerateObject().Select(p => p.Name).ToList() : [];
    }
}
