using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AnnualReport.Comments;

/// <summary>The comments as one JSON array, one object per comment (keys as <see cref="ReviewComment"/>'s, in camel case).</summary>
public static class CommentJsonWriter
{
    public static string Write(IReadOnlyList<ReviewComment> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var c in comments)
            {
                writer.WriteStartObject();
                writer.WriteNumber("number", c.Number);
                WriteNumberOrNull(writer, "replyTo", c.ReplyTo);
                writer.WriteNumber("page", c.Page);
                writer.WriteString("reference", c.Reference);
                writer.WriteString("kind", c.Kind);
                writer.WriteString("text", c.Text);
                writer.WriteString("comment", c.Comment);
                writer.WriteString("author", c.Author);
                writer.WriteString("date", c.Date);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
