namespace AnnualReport.Tests.Support;

/// <summary>poppler-utils, the independent reader that checks what the browser printed.</summary>
internal static class Poppler
{
    public static string Info(string pdf) => Tool("pdfinfo", pdf);

    public static string Fonts(string pdf) => Tool("pdffonts", pdf);

    public static string Images(string pdf) => Tool("pdfimages", "-list", pdf);

    public static string Structure(string pdf) => Tool("pdfinfo", "-struct", pdf);

    public static string Text(string pdf) => Tool("pdftotext", "-layout", pdf, "-");

    public static string PageText(string pdf, int page) => Tool("pdftotext", "-layout", "-f", $"{page}", "-l", $"{page}", pdf, "-");

    /// <summary>Text in poppler's reading order (no layout), as a screen reader or copy-paste would get it.</summary>
    public static string ReadingText(string pdf, int page) => Tool("pdftotext", "-f", $"{page}", "-l", $"{page}", pdf, "-");

    /// <summary>Text in content-stream order: rotated text (a watermark) comes out whole here.</summary>
    public static string RawPageText(string pdf, int page) => Tool("pdftotext", "-raw", "-f", $"{page}", "-l", $"{page}", pdf, "-");

    public static int PageCount(string pdf)
    {
        var line = Info(pdf).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Field(string info, string name) =>
        info.Split('\n').FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal))?[(name.Length + 1)..].Trim() ?? string.Empty;

    private static string Tool(string program, params string[] arguments)
    {
        var result = ProcessRunner.Run(program, arguments);
        Assert.True(result.ExitCode == 0, $"{program} failed: {result.Stderr}");
        return result.Stdout;
    }
}
