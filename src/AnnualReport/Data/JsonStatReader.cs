using System.Text.Json;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Reads JSON-stat (json-stat.org): a 2.0 dataset as SSB's statistics bank returns with
/// <c>format=json-stat2</c>, a 2.0 collection with embedded datasets, and 1.x responses (one or
/// more datasets keyed by name, the bundle form; the first is read). Category index as array or
/// object or left out for a single category; <c>value</c> as array or sparse object;
/// <c>status</c> as one string, an array or a sparse object; the time role; decimals from the
/// metric categories' units.
/// </summary>
public sealed partial class JsonStatReader : ICubeReader
{
    public string Format => "json-stat";

    public DataCube? Read(InputFile file, List<Diagnostic> diagnostics)
    {
        var path = file.Display;
        if (InputText.ReadUtf8(file.Path, path, InputLimits.MaxDataBytes, diagnostics) is not { } text)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var where = new SourceSpan(path, (int)(e.LineNumber ?? 0) + 1, CharacterColumn(text, (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0)));
            diagnostics.Add(Diagnostic.Error("bad-json", Messages.Format("jsonstat.bad-json", ("detail", e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0])), where));
            return null;
        }

        using (document)
        {
            var errors = new JsonStatErrors(path, text, diagnostics);
            var dataset = FindDataset(document.RootElement);
            if (dataset is not { } found)
            {
                errors.Add(Messages.Format("jsonstat.no-dataset"), null);
                return null;
            }

            try
            {
                return ReadDataset(found, errors);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
            {
                // A member of the wrong JSON type (a number where a code should be, an array
                // where an object should be): System.Text.Json says so by throwing.
                errors.Add(Messages.Format("jsonstat.wrong-type", ("detail", e.Message)), null);
                return null;
            }
        }
    }

    /// <summary>The JSON parser counts UTF-8 bytes within the line; readers count characters.</summary>
    private static int CharacterColumn(string text, int line, int bytes)
    {
        var lines = text.Split('\n');
        if (line >= lines.Length)
        {
            return bytes + 1;
        }

        var encoded = System.Text.Encoding.UTF8.GetBytes(lines[line]);
        return System.Text.Encoding.UTF8.GetCharCount(encoded, 0, Math.Min(bytes, encoded.Length)) + 1;
    }

    private static JsonElement? FindDataset(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var kind = root.TryGetProperty("class", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (kind == "dataset" || (kind is null && root.TryGetProperty("dimension", out _) && root.TryGetProperty("value", out _)))
        {
            return root;
        }

        if (kind == "collection" && root.TryGetProperty("link", out var link) && link.TryGetProperty("item", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (item.TryGetProperty("class", out var ic) && ic.GetString() == "dataset" && item.TryGetProperty("dimension", out _))
                {
                    return item;
                }
            }

            return null;
        }

        // JSON-stat 1.x, and the 2.0 "bundle": datasets as named properties of the root.
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("dimension", out _))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static DataCube? ReadDataset(JsonElement dataset, JsonStatErrors errors)
    {
        if (!dataset.TryGetProperty("dimension", out var dimensionObject) || dimensionObject.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Messages.Format("jsonstat.no-dimension"), null);
            return null;
        }

        // 2.0 keeps id, size and role on the dataset; 1.x inside "dimension".
        var holder = dataset.TryGetProperty("id", out _) ? dataset : dimensionObject;
        if (!holder.TryGetProperty("id", out var idArray) || idArray.ValueKind != JsonValueKind.Array ||
            !holder.TryGetProperty("size", out var sizeArray) || sizeArray.ValueKind != JsonValueKind.Array)
        {
            errors.Add(Messages.Format("jsonstat.no-id-size"), "dimension");
            return null;
        }

        var ids = idArray.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
        var sizes = sizeArray.EnumerateArray().Select(e => e.TryGetInt32(out var s) ? s : -1).ToList();
        if (ids.Count != sizes.Count || sizes.Any(s => s < 0))
        {
            errors.Add(Messages.Format("jsonstat.id-size-mismatch", ("ids", ids.Count), ("sizes", sizes.Count)), "size");
            return null;
        }

        if (CubeShape.CellCount(sizes.Select(s => (long)s)) is null)
        {
            errors.Add("too-many-cells", CubeShape.TooMany(sizes.Select(s => (long)s)), "size");
            return null;
        }

        var dimensions = new List<Dimension>();
        int? decimals = null;
        for (var d = 0; d < ids.Count; d++)
        {
            if (!dimensionObject.TryGetProperty(ids[d], out var dimension) || !dimension.TryGetProperty("category", out var category))
            {
                errors.Add(Messages.Format("jsonstat.no-category", ("dimension", SafeText.Excerpt(ids[d]))), "dimension");
                return null;
            }

            var codes = CategoryCodes(category);
            if (codes.Count != sizes[d])
            {
                errors.Add(Messages.Format("jsonstat.category-count", ("dimension", SafeText.Excerpt(ids[d])), ("count", codes.Count), ("size", sizes[d])), ids[d]);
                return null;
            }

            var labels = category.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.Object ? l : default;
            dimensions.Add(new Dimension(
                ids[d],
                dimension.TryGetProperty("label", out var dl) && dl.ValueKind == JsonValueKind.String ? dl.GetString()! : ids[d],
                codes.Select(code => new Category(code, labels.ValueKind == JsonValueKind.Object && labels.TryGetProperty(code, out var cl) ? cl.GetString() ?? code : code)).ToList())
            {
                Where = errors.At(ids[d]),
            });
            decimals ??= UnitDecimals(category);
        }

        if (!CubeShape.Check(dimensions, d => errors.At(d?.Id ?? "size"), errors.Diagnostics))
        {
            return null;
        }

        var size = sizes.Aggregate(1, (product, s) => product * s);
        var values = ReadValues(dataset, size, errors);
        var status = ReadStatus(dataset, size, errors);
        if (values is null || status is null)
        {
            return null;
        }

        var where = errors.At("value");
        var positions = JsonValuePositions.Find(errors.Path, errors.Text, size);
        var cells = new CubeCell?[size];
        for (var i = 0; i < size; i++)
        {
            cells[i] = new CubeCell(DataCube.CodesAt(dimensions, i), values[i], status[i], null, positions?[i] ?? where);
        }

        var label = dataset.TryGetProperty("label", out var dsl) && dsl.ValueKind == JsonValueKind.String ? dsl.GetString()! : string.Empty;
        return new DataCube("json-stat", label, dimensions, cells, TimeRole(dataset, dimensionObject, dimensions), decimals, new SourceSpan(errors.Path, 1, 1));
    }

    private static List<string> CategoryCodes(JsonElement category)
    {
        if (category.TryGetProperty("index", out var index))
        {
            if (index.ValueKind == JsonValueKind.Array)
            {
                return index.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
            }

            if (index.ValueKind == JsonValueKind.Object)
            {
                // The positions must be 0 … n-1, each once; anything else cannot say where a cell is.
                var positions = index.EnumerateObject().Select(p => (p.Name, Position: p.Value.GetInt32())).OrderBy(p => p.Position).ToList();
                if (positions.Where((p, i) => p.Position != i).Any())
                {
                    throw new FormatException(Messages.Format("jsonstat.bad-index"));
                }

                return positions.Select(p => p.Name).ToList();
            }
        }

        // Without an index there is a single category, named by its label.
        return category.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object
            ? label.EnumerateObject().Select(p => p.Name).ToList()
            : [];
    }

    private static int? UnitDecimals(JsonElement category)
    {
        if (!category.TryGetProperty("unit", out var units) || units.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var all = units.EnumerateObject()
            .Select(u => u.Value.TryGetProperty("decimals", out var d) && d.TryGetInt32(out var n) ? n : (int?)null)
            .Distinct().ToList();
        return all.Count == 1 ? all[0] : null;
    }

    private static string? TimeRole(JsonElement dataset, JsonElement dimensionObject, List<Dimension> dimensions)
    {
        var holder = dataset.TryGetProperty("role", out var role) ? role : dimensionObject.TryGetProperty("role", out var oldRole) ? oldRole : default;
        if (holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty("time", out var time) && time.ValueKind == JsonValueKind.Array && time.GetArrayLength() > 0)
        {
            return time[0].GetString();
        }

        return dimensions.FirstOrDefault(d => d.Id is "Tid" or "time" or "year" or "Year")?.Id;
    }
}
