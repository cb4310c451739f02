using System.Text;
using System.Text.Json;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Where each cell of a JSON-stat dataset's <c>value</c> stands in the file, so that a check of one
/// figure (an impossible value, a total exceeded) points at its line and column. The parsed
/// document keeps no positions, so the file is read once more as tokens.
/// </summary>
internal static class JsonValuePositions
{
    /// <summary>
    /// The position of every cell: the first <c>value</c> member that is an array of
    /// <paramref name="size"/> items or an object keyed by cell numbers; null when there is none.
    /// A cell a sparse object leaves out has no position.
    /// </summary>
    public static SourceSpan?[]? Find(string path, string text, int size)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("value") && reader.Read()
                    && Offsets(ref reader, size) is { } offsets)
                {
                    return Spans(path, bytes, offsets);
                }
            }
        }
        catch (JsonException)
        {
            // The parser has already reported the file; cells keep the member's position.
        }

        return null;
    }

    private static long[]? Offsets(ref Utf8JsonReader reader, int size)
    {
        var offsets = new long[size];
        Array.Fill(offsets, -1);
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var i = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (i < size)
                {
                    offsets[i] = reader.TokenStartIndex;
                }

                i++;
                reader.Skip();
            }

            return i == size ? offsets : null;
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var matches = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var index = int.TryParse(reader.GetString(), out var n) && n >= 0 && n < size ? n : -1;
                matches &= index >= 0;
                reader.Read();
                if (index >= 0)
                {
                    offsets[index] = reader.TokenStartIndex;
                }

                reader.Skip();
            }

            return matches ? offsets : null;
        }

        reader.Skip();
        return null;
    }

    /// <summary>Byte offsets (ascending for arrays, any order for objects) to lines and columns counted in characters.</summary>
    private static SourceSpan?[] Spans(string path, byte[] bytes, long[] offsets)
    {
        var order = Enumerable.Range(0, offsets.Length).Where(i => offsets[i] >= 0).OrderBy(i => offsets[i]).ToList();
        var spans = new SourceSpan?[offsets.Length];
        var (at, line, column) = (0L, 1, 1);
        foreach (var i in order)
        {
            for (; at < offsets[i]; at++)
            {
                var b = bytes[at];
                if (b == '\n')
                {
                    (line, column) = (line + 1, 1);
                }
                else if ((b & 0xC0) != 0x80)
                {
                    // A four-byte sequence is two UTF-16 characters, as the other readers count.
                    column += b >= 0xF0 ? 2 : 1;
                }
            }

            spans[i] = new SourceSpan(path, line, column);
        }

        return spans;
    }
}
