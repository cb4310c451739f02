using System.Text.Json;
using System.Text.Json.Nodes;
using AnnualReport.Localization;

namespace AnnualReport.Fetching;

/// <summary>
/// Joins JSON-stat 2.0 datasets that are parts of one query cut along one dimension into the one
/// dataset the whole query would have given: that dimension's categories in the parts' order, the
/// values and statuses moved to their row-major places, everything else from the first part.
/// </summary>
public static class JsonStatMerger
{
    public static byte[] Merge(IReadOnlyList<byte[]> parts, string dimension)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var datasets = parts.Select(p => JsonNode.Parse(p)?.AsObject() ?? throw Bad(Messages.Format("fetch.parts.not-object"))).ToList();
        var first = datasets[0];
        var ids = first["id"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();
        var d = ids.IndexOf(dimension);
        if (d < 0)
        {
            throw Bad(Messages.Format("fetch.parts.no-dimension", ("dimension", dimension)));
        }

        var sizes = first["size"]!.AsArray().Select(s => s!.GetValue<int>()).ToList();
        var outer = sizes.Take(d).Aggregate(1, (a, b) => a * b);
        var inner = sizes.Skip(d + 1).Aggregate(1, (a, b) => a * b);
        var counts = datasets.Select(p => p["size"]!.AsArray()[d]!.GetValue<int>()).ToList();
        var total = counts.Sum();
        var values = new JsonNode?[outer * total * inner];
        var statuses = new Dictionary<int, string>();
        var categories = new JsonObject();
        var offset = 0;
        for (var p = 0; p < datasets.Count; p++)
        {
            var part = datasets[p];
            if (part["id"]!.AsArray().Count != ids.Count)
            {
                throw Bad(Messages.Format("fetch.parts.different"));
            }

            var n = counts[p];
            var cells = outer * n * inner;
            var partValues = Dense(part["value"], cells);
            var partStatus = Status(part["status"], cells);
            for (var i = 0; i < outer; i++)
            {
                for (var k = 0; k < n; k++)
                {
                    for (var j = 0; j < inner; j++)
                    {
                        var source = ((i * n) + k) * inner + j;
                        var target = ((i * total) + offset + k) * inner + j;
                        values[target] = partValues[source]?.DeepClone();
                        if (partStatus.TryGetValue(source, out var symbol))
                        {
                            statuses[target] = symbol;
                        }
                    }
                }
            }

            MergeCategories(categories, part["dimension"]![dimension]!["category"]!.AsObject(), offset);
            offset += n;
        }

        var merged = first.DeepClone().AsObject();
        merged["size"]![d] = total;
        merged["dimension"]![dimension]!["category"] = categories;
        merged["value"] = new JsonArray(values);
        merged.Remove("status");
        if (statuses.Count > 0)
        {
            var status = new JsonObject();
            foreach (var (index, symbol) in statuses.OrderBy(s => s.Key))
            {
                status[index.ToString(System.Globalization.CultureInfo.InvariantCulture)] = symbol;
            }

            merged["status"] = status;
        }

        return JsonSerializer.SerializeToUtf8Bytes(merged, new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>The category's index renumbered after the parts before it; label, unit and the like joined by code.</summary>
    private static void MergeCategories(JsonObject into, JsonObject category, int offset)
    {
        var codes = JsonStatMetadata.Codes(new JsonObject { ["category"] = category.DeepClone() }.Deserialize<JsonElement>());
        var index = into["index"] as JsonObject ?? new JsonObject();
        for (var i = 0; i < codes.Count; i++)
        {
            index[codes[i]] = offset + i;
        }

        into["index"] = index;
        foreach (var (name, node) in category)
        {
            if (name == "index" || node is not JsonObject members)
            {
                continue;
            }

            var target = into[name] as JsonObject ?? new JsonObject();
            foreach (var (code, value) in members)
            {
                target[code] = value?.DeepClone();
            }

            into[name] = target;
        }
    }

    private static JsonNode?[] Dense(JsonNode? value, int cells)
    {
        var dense = new JsonNode?[cells];
        switch (value)
        {
            case JsonArray array when array.Count == cells:
                for (var i = 0; i < cells; i++)
                {
                    dense[i] = array[i];
                }

                break;
            case JsonObject sparse:
                foreach (var (key, node) in sparse)
                {
                    dense[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = node;
                }

                break;
            default:
                throw Bad(Messages.Format("fetch.parts.size"));
        }

        return dense;
    }

    private static Dictionary<int, string> Status(JsonNode? status, int cells)
    {
        var found = new Dictionary<int, string>();
        switch (status)
        {
            case JsonValue one when one.TryGetValue<string>(out var symbol):
                for (var i = 0; i < cells; i++)
                {
                    found[i] = symbol;
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count && i < cells; i++)
                {
                    if (array[i]?.GetValue<string>() is { } s)
                    {
                        found[i] = s;
                    }
                }

                break;
            case JsonObject sparse:
                foreach (var (key, node) in sparse)
                {
                    if (node?.GetValue<string>() is { } s)
                    {
                        found[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = s;
                    }
                }

                break;
        }

        return found;
    }

    private static FetchException Bad(string detail) => new(Messages.Format("fetch.bad-parts", ("detail", detail)));
}
