using AnnualReport.Localization;

namespace AnnualReport.Model;

/// <summary>
/// Reads an input file within a size limit, as bytes or as UTF-8 text; a file that cannot be read,
/// is too large or is not UTF-8 becomes a diagnostic, never an exception.
/// </summary>
public static class InputText
{
    /// <summary>The file's bytes, or null after reporting why not (<c>file-not-found</c>, <c>too-large</c>).</summary>
    public static byte[]? ReadBytes(string path, string display, long limit, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            if (!FileKind.IsOrdinary(path))
            {
                diagnostics.Add(Diagnostic.Error("file-not-found", Messages.Format("file.not-ordinary"), SourceSpan.ForFile(display)));
                return null;
            }

            var length = new FileInfo(path).Length;
            if (length > limit)
            {
                diagnostics.Add(Diagnostic.Error("too-large", Messages.Format("file.too-large", ("size", Megabytes(length)), ("limit", Megabytes(limit))), new SourceSpan(display, 1, 1)));
                return null;
            }

            // The length a file system reports is not always what reading gives (/proc, devices,
            // a file that grows meanwhile), so the limit holds while reading too.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream(length > 0 ? (int)length : 4096);
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    diagnostics.Add(Diagnostic.Error("too-large", Messages.Format("file.over-limit", ("limit", Megabytes(limit))), new SourceSpan(display, 1, 1)));
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("file-not-found", Messages.Format("file.unreadable", ("why", Messages.Format(e.GetType().Name switch { nameof(UnauthorizedAccessException) => "file.why.no-access", nameof(FileNotFoundException) or nameof(DirectoryNotFoundException) => "file.why.not-found", _ => "file.why.read-error" }))), SourceSpan.ForFile(display)));
            return null;
        }
    }

    /// <summary>The file as UTF-8 text without a byte order mark, or null after reporting why not.</summary>
    public static string? ReadUtf8(string path, string display, long limit, List<Diagnostic> diagnostics) =>
        ReadBytes(path, display, limit, diagnostics) is { } bytes ? Utf8Text.Decode(bytes, display, diagnostics) : null;

    private static string Megabytes(long bytes) => Messages.Number(bytes / (1024.0 * 1024.0), "0.#");
}
