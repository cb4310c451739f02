using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AnnualReport.Comparing;

/// <summary>
/// <c>compare --json</c>: one object naming the two builds and the language compared, with
/// <c>changes</c>, one object per change (<c>kind</c>, <c>where</c>, <c>old</c>, <c>new</c>, for a text
/// <c>words</c>, and <c>derived</c>: the changes it caused, in the same form).
/// </summary>
public static class ComparisonJsonWriter
{
    public static string Write(BuildComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("language", comparison.New.Language);
            Build(writer, "old", comparison.Old);
            Build(writer, "new", comparison.New);
            writer.WriteStartArray("changes");
            foreach (var change in comparison.Changes)
            {
                Change(writer, change);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static void Build(Utf8JsonWriter writer, string name, BuildSnapshot build)
    {
        writer.WriteStartObject(name);
        writer.WriteString("folder", build.Folder);
        writer.WriteString("stamp", build.Stamp);
        writer.WriteEndObject();
    }

    private static void Change(Utf8JsonWriter writer, BuildChange change)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", change.Kind);
        writer.WriteStartObject("where");
        var where = change.Where;
        foreach (var (name, value) in new (string, string?)[]
        {
            ("theme", where.Theme), ("indicator", where.Indicator), ("group", where.Group), ("breakdown", where.Breakdown),
            ("category", where.Category), ("field", where.Field), ("page", where.Page), ("heading", where.Heading),
            ("ref", where.Ref), ("text", where.Text), ("file", where.File), ("chart", where.Chart), ("period", where.Period),
        })
        {
            if (value is not null)
            {
                writer.WriteString(name, value);
            }
        }

        if (where.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }

        writer.WriteEndObject();
        Value(writer, "old", change.Old);
        Value(writer, "new", change.New);
        if (change.Words.Count > 0)
        {
            writer.WriteStartArray("words");
            foreach (var word in change.Words)
            {
                writer.WriteStartObject();
                writer.WriteString("old", word.Old);
                writer.WriteString("new", word.New);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (change.Derived.Count > 0)
        {
            writer.WriteStartArray("derived");
            foreach (var derived in change.Derived)
            {
                Change(writer, derived);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull(name);
                break;
            case FigureCell cell:
                writer.WriteStartObject(name);
                if (cell.Value is { } number)
                {
                    writer.WriteNumber("value", number);
                }
                else
                {
                    writer.WriteNull("value");
                }

                writer.WriteString("status", cell.Status);
                writer.WriteEndObject();
                break;
            case RawJson raw:
                writer.WritePropertyName(name);
                writer.WriteRawValue(raw.Json, skipInputValidation: false);
                break;
            default:
                writer.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
