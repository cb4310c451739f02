using System.Text;
using AnnualReport.Catalogue;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Catalogue;

/// <summary>Writing a catalogue to a temp folder, loading it, and finding where in its text something is.</summary>
internal static class CatalogueText
{
    public static string Replace(string text, string find, string replace)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line and column of the first <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) At(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"«{needle}» not found");
        var span = SourceSpan.At("x", text, index);
        return (span.Line, span.Column);
    }

    public static IReadOnlyList<Diagnostic> Errors(byte[] bytes)
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "indicators.yaml");
        File.WriteAllBytes(path, bytes);
        var diagnostics = new List<Diagnostic>();
        CatalogueLoader.Load(path, diagnostics, "indicators.yaml");
        return diagnostics;
    }

    public static IReadOnlyList<Diagnostic> Errors(string yaml) => Errors(new UTF8Encoding(false).GetBytes(yaml));
}
