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

    /// <summary>
    /// One of the edition's languages (<c>--language nn</c>): <c>build</c> and <c>municipalities</c>
    /// build only it and keep the other languages' folders of the existing output; loading reads the
    /// catalogue and text in it. Null: every language (loading: the main one).
    /// </summary>
    public string? Language { get; init; }

    public string? BrowserPath { get; init; }

    /// <summary>A draft for reviewers: marked UTKAST on every page, and illustrative figures are not warned about.</summary>
    public bool Draft { get; init; }

    /// <summary>
    /// The build date shown in the build stamp. The library never reads the clock: the command line
    /// passes today unless <c>--date</c> is given; give a fixed date for byte-identical rebuilds.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>How long the browser may take per step, and how often a step that timed out is tried again.</summary>
    public Publishing.PrintSettings Print { get; init; } = Publishing.PrintSettings.Default;

    /// <summary>
    /// The folder relative paths are taken from and shown against: the command line passes the
    /// user's working folder; the library never reads the current directory itself. Without it the
    /// catalogue path must be absolute, and paths are shown relative to the catalogue's folder.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Allow data, geography and other input files outside the edition's content folder (<c>--allow-outside-paths</c>).</summary>
    public bool AllowOutsidePaths { get; init; }

    internal string Catalogue => WorkingDirectory is { } cwd
        ? Path.GetFullPath(CataloguePath, Path.GetFullPath(cwd))
        : Path.IsPathFullyQualified(CataloguePath) ? Path.GetFullPath(CataloguePath) : throw new ArgumentException($"the catalogue path «{CataloguePath}» is relative and no working directory is given", nameof(CataloguePath));

    internal string Root => Path.GetDirectoryName(Catalogue)!;

    /// <summary>The catalogue as named in messages.</summary>
    internal string DisplayCatalogue => Model.EditionFiles.Shown(WorkingDirectory ?? Root, Catalogue);

    /// <summary>The edition's input files for <paramref name="year"/>: the content folder and how paths in messages are shown.</summary>
    public Model.EditionFiles Files(int year) => new(Content(year), WorkingDirectory ?? Root, AllowOutsidePaths);

    public string Content(int year) => ContentDirectory is { } content ? Path.GetFullPath(content, WorkingDirectory ?? Root) : Path.Combine(Root, "content", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal string Templates => TemplateDirectory is { } templates ? Path.GetFullPath(templates, WorkingDirectory ?? Root) : Path.Combine(Root, "templates");

    internal string Output(int year) => OutputDirectory is { } output ? Path.GetFullPath(output, WorkingDirectory ?? Root) : Path.Combine(Root, "output", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal string MunicipalOutput(int year) => OutputDirectory is { } output ? Path.GetFullPath(output, WorkingDirectory ?? Root) : Path.Combine(Root, "output", $"{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}-kommuner");

    /// <summary>What a build reads: an output folder may neither hold nor lie inside any of these.</summary>
    internal IReadOnlyList<string> Inputs(int year) => [Catalogue, Content(year), Templates, Fonts];

    internal string Fonts => FontDirectory is { } fonts ? Path.GetFullPath(fonts, WorkingDirectory ?? Root) : Path.Combine(Root, "node_modules", "@fontsource", "noto-sans", "files");
}
