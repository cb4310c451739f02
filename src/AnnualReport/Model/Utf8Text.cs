using System.Buffers;
using System.Text;
using System.Text.Unicode;
using AnnualReport.Localization;

namespace AnnualReport.Model;

/// <summary>
/// Decodes input that must be UTF-8 (a byte order mark is allowed), reporting the line and column
/// of the first byte that is not, instead of letting the decoder turn it into U+FFFD and the
/// publication into mojibake. UTF-16 files and binary files (NUL bytes) are named as such.
/// </summary>
public static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null after adding a <c>bad-encoding</c> diagnostic naming <paramref name="display"/>.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string display, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Add(Diagnostic.Error("bad-encoding", Messages.Format("file.utf16"), new SourceSpan(display, 1, 1)));
            return null;
        }

        var body = WithoutBom(bytes);
        if (FirstInvalid(body) is var bad and >= 0)
        {
            diagnostics.Add(Diagnostic.Error("bad-encoding", Messages.Format("file.not-utf8", ("byte", body[bad].ToString("X2", System.Globalization.CultureInfo.InvariantCulture))), PositionOf(body, bad, display)));
            return null;
        }

        if (body.IndexOf((byte)0) is var nul and >= 0)
        {
            diagnostics.Add(Diagnostic.Error("bad-encoding", Messages.Format("file.nul"), PositionOf(body, nul, display)));
            return null;
        }

        return Strict.GetString(body);
    }

    /// <summary>The bytes after a UTF-8 byte order mark, if there is one.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    /// <summary>The index of the first byte that is not part of valid UTF-8, or -1.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData)
                {
                    return offset;
                }

                if (status == OperationStatus.Done)
                {
                    return -1;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The 1-based line and column (in characters) of byte <paramref name="index"/>, counting the bytes before it as UTF-8.</summary>
    public static SourceSpan PositionOf(ReadOnlySpan<byte> bytes, int index, string display)
    {
        var before = bytes[..index];
        var line = 1 + before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1 + Encoding.UTF8.GetCharCount(before[lineStart..]);
        return new SourceSpan(display, line, column);
    }
}
