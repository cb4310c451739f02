using System.Globalization;
using System.Text.Json;
using AnnualReport.Comparing;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Publishing;

namespace AnnualReport.Drafts;

/// <summary>
/// The earlier build a draft is compared with (<c>build --draft --since OLD</c>): its folder, and
/// from its <c>analysis.json</c> the build's fingerprint, draft number and edition, which name it in
/// the new draft's stamp and count the draft on.
/// </summary>
public sealed record SinceBuild(string Root, string? Fingerprint, string? Label, int? Edition, bool Draft)
{
    /// <summary>The earlier build's folder of a language, or null when it has none.</summary>
    public string? Folder(string language)
    {
        var folder = Path.Combine(Root, language);
        return File.Exists(Path.Combine(folder, "analysis.json")) ? folder : null;
    }

    /// <summary>A warning (<c>since-language-missing</c>) for each language being built that the earlier build does not have: it is built without marks.</summary>
    public IEnumerable<Diagnostic> Missing(IEnumerable<string> languages) =>
        languages.Where(code => Folder(code) is null)
            .Select(code => Diagnostic.Warning("since-language-missing", Messages.Format("build.since-language-missing", ("language", code)), SourceSpan.ForFile("--since")));

    /// <summary>
    /// Reads the build output at <paramref name="path"/> (the output folder or one of its language
    /// folders). Throws <see cref="InputException"/> (<c>not-a-build</c>, at <c>--since</c>) when it is none.
    /// </summary>
    public static SinceBuild Read(string path)
    {
        var (folder, _) = BuildOutputReader.Locate(path, null, "--since");
        var root = Path.GetDirectoryName(folder)!;
        var (fingerprint, label, edition, draft) = Stamp(Path.Combine(folder, "analysis.json"));
        return new SinceBuild(root, fingerprint, label, edition, draft);
    }

    /// <summary>
    /// The new draft's number: the one given, else one more than the earlier draft's, else 2 after
    /// an unnumbered draft (which was the first), else 1 (the earlier build is a final one, or of
    /// another edition).
    /// </summary>
    public string NextLabel(int edition) =>
        Edition != edition || !Draft ? "1"
        : int.TryParse(Label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n + 1).ToString(CultureInfo.InvariantCulture)
        : Label is null ? "2"
        : Label + "+";

    private static (string? Fingerprint, string? Label, int? Edition, bool Draft) Stamp(string analysis)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(analysis));
            var root = document.RootElement;
            int? edition = root.TryGetProperty("edition", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : null;
            if (!root.TryGetProperty("build", out var build) || build.ValueKind != JsonValueKind.Object)
            {
                return (null, null, edition, true);
            }

            string? Text(string name) => build.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (Text("fingerprint"), Text("label"), edition, build.TryGetProperty("draft", out var d) && d.ValueKind == JsonValueKind.True);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new InputException(Diagnostic.Error("not-a-build", Messages.Format("compare.bad-analysis", ("argument", "--since"), ("reason", SafeText.Excerpt(ex.Message.Split(" LineNumber:")[0], 200))), SourceSpan.ForFile(analysis)));
        }
    }
}
