using System.Text;

namespace AnnualReport.Data;

/// <summary>The single-byte code pages older statistics files use (ISO-8859-15, Windows-1252), from .NET's code page provider.</summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Get(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return Encoding.Latin1;
        }
    }
}
