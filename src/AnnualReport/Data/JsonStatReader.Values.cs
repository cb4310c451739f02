using System.Text.Json;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>The value and status members of a JSON-stat dataset: arrays, sparse objects or one string.</summary>
public sealed partial class JsonStatReader
{
    private static double?[]? ReadValues(JsonElement dataset, int size, JsonStatErrors errors)
    {
        if (!dataset.TryGetProperty("value", out var value))
        {
            errors.Add(Messages.Format("jsonstat.no-value"), null);
            return null;
        }

        var values = new double?[size];
        if (value.ValueKind == JsonValueKind.Array)
        {
            if (value.GetArrayLength() != size)
            {
                errors.Add(Messages.Format("jsonstat.value-count", ("count", value.GetArrayLength()), ("cells", size)), "value");
                return null;
            }

            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                values[i++] = Number(item, errors);
            }

            return errors.Failed ? null : values;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                if (!int.TryParse(property.Name, out var index) || index < 0 || index >= size)
                {
                    errors.Add(Messages.Format("jsonstat.value-key", ("key", SafeText.Excerpt(property.Name)), ("last", size - 1)), "value");
                    return null;
                }

                values[index] = Number(property.Value, errors);
            }

            return errors.Failed ? null : values;
        }

        errors.Add(Messages.Format("jsonstat.value-type"), "value");
        return null;
    }

    private static double? Number(JsonElement item, JsonStatErrors errors)
    {
        switch (item.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when item.TryGetDouble(out var number) && double.IsFinite(number):
                return number;
            case JsonValueKind.Number:
                errors.Add("bad-number", Messages.Format("jsonstat.value-too-large", ("value", item.GetRawText())), "value");
                return null;
            default:
                errors.Add(Messages.Format("jsonstat.value-not-number", ("value", SafeText.Excerpt(item.ToString()))), "value");
                return null;
        }
    }

    private static string?[]? ReadStatus(JsonElement dataset, int size, JsonStatErrors errors)
    {
        var status = new string?[size];
        if (!dataset.TryGetProperty("status", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return status;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Array.Fill(status, element.GetString());
                return status;
            case JsonValueKind.Array when element.GetArrayLength() == size:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    status[i++] = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
                }

                return status;
            case JsonValueKind.Array when element.GetArrayLength() == 1:
                Array.Fill(status, element[0].GetString());
                return status;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!int.TryParse(property.Name, out var index) || index < 0 || index >= size)
                    {
                        errors.Add(Messages.Format("jsonstat.status-key", ("key", SafeText.Excerpt(property.Name)), ("last", size - 1)), "status");
                        return null;
                    }

                    status[index] = property.Value.GetString();
                }

                return status;
            default:
                errors.Add(Messages.Format("jsonstat.status-type", ("cells", size)), "status");
                return null;
        }
    }
}
