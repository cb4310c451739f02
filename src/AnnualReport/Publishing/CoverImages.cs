using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// The cover's logo and picture: checked when the edition is read (inside the edition folder by the
/// same path rules as the data, a PNG or JPEG by its first bytes, at most <see cref="MaxBytes"/>),
/// and copied into each language's <c>assets/cover/</c> as <c>logo.png</c>, <c>image.jpg</c> …, so
/// the site and the PDF load them from the site itself. SVG is refused: an SVG file can carry script.
/// </summary>
public static class CoverImages
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The catalogue with its cover pictures checked; each problem (<c>bad-image</c>, a path outside the edition) is reported at the picture's place.</summary>
    public static IndicatorCatalogue Check(IndicatorCatalogue catalogue, EditionFiles files, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        CoverImage? Checked(CoverImage? image)
        {
            if (image is null || files.Resolve(image.File, image.Where, diagnostics) is not { } path)
            {
                return image;
            }

            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error("file-not-found", Messages.Format("cover.missing", ("file", SafeText.Excerpt(image.File))), image.Where));
                return image;
            }

            var length = new FileInfo(path).Length;
            var head = new byte[8];
            using (var stream = File.OpenRead(path))
            {
                stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }

            var extension = head.AsSpan().StartsWith(Png) ? ".png" : head.AsSpan().StartsWith(Jpeg) ? ".jpg" : null;
            if (extension is null || length > MaxBytes)
            {
                diagnostics.Add(Diagnostic.Error("bad-image", Messages.Format(extension is null ? "cover.not-picture" : "cover.too-large", ("file", SafeText.Excerpt(image.File)), ("max", MaxBytes / (1024 * 1024))), image.Where));
                return image;
            }

            return image with { Path = path, Extension = extension };
        }

        var edition = catalogue.Edition;
        return catalogue with { Edition = edition with { Logo = Checked(edition.Logo), CoverPicture = Checked(edition.CoverPicture) } };
    }

    /// <summary>Where a checked picture is in a language folder, as the pages link it (<c>assets/cover/logo.png</c>); null without one.</summary>
    public static string? Href(CoverImage? image, string name) => image?.Path is null ? null : $"assets/cover/{name}{image.Extension}";

    /// <summary>Copies the checked pictures into the language folder.</summary>
    public static void Copy(Edition edition, string folder)
    {
        foreach (var (image, name) in new[] { (edition.Logo, "logo"), (edition.CoverPicture, "image") })
        {
            if (image?.Path is { } path)
            {
                var target = Path.Combine(folder, "assets", "cover");
                Directory.CreateDirectory(target);
                File.Copy(path, Path.Combine(target, name + image.Extension), overwrite: true);
            }
        }
    }
}
