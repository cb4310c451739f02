namespace AnnualReport;

/// <summary>
/// What to build. Only the catalogue is required; the other folders default to the layout of the
/// repository around it: <c>content/&lt;year&gt;/</c>, <c>templates/</c>, <c>output/&lt;year&gt;/</c> and
/// the fonts installed by npm in <c>node_modules/</c>.
/// </summary>
public sealed record BuildOptions(string CataloguePath)
{
    public string? ContentDirectory { get; init; }

    public string? TemplateDirectory { get; init; }

    public string? OutputDirectory { get; init; }

    public string? FontDirectory { get; init; }

    public bool Pdf { get; init; } = true;

    public string? BrowserPath { get; init; }

    /// <summary>A draft for reviewers: marked UTKAST on every page, and illustrative figures are not warned about.</summary>
    public bool Draft { get; init; }

    /// <summary>The build date shown in the build stamp; today when not given. Give it for byte-identical rebuilds.</summary>
    public DateOnly? Date { get; init; }

    internal string Root => Path.GetDirectoryName(Path.GetFullPath(CataloguePath))!;

    public string Content(int year) => ContentDirectory ?? Path.Combine(Root, "content", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal string Templates => TemplateDirectory ?? Path.Combine(Root, "templates");

    internal string Output(int year) => OutputDirectory ?? Path.Combine(Root, "output", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal string Fonts => FontDirectory ?? Path.Combine(Root, "node_modules", "@fontsource", "noto-sans", "files");
}
