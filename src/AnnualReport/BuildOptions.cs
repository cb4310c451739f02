namespace AnnualReport;

/// <summary>
/// What to build. Only the catalogue is required: its folder is the edition folder
/// (<c>editions/&lt;year&gt;/</c>), which holds the data, geography and curated text the catalogue
/// names. The other folders default to the project around it: the folder holding <c>editions/</c>
/// (or, for an edition folder elsewhere, the folder above it) has <c>templates/</c>,
/// <c>output/&lt;year&gt;/</c> and the fonts installed by npm in <c>node_modules/</c>; an edition's own
/// <c>templates/</c> folder overrides the shared templates file by file.
/// </summary>
public sealed record BuildOptions(string CataloguePath)
{
    /// <summary>The name of the folder that holds one folder per edition.</summary>
    public const string EditionsFolder = "editions";

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
    /// An earlier build (its output folder, or one of its language folders) whose pages a draft is
    /// marked against (<c>--since OLD</c>): changed words, new and removed text and changed figures,
    /// with a list of changes at the front; reference numbers kept as OLD had them. Drafts only.
    /// </summary>
    public string? Since { get; init; }

    /// <summary>The draft's number in its build stamp (<c>--draft-label</c>); with <see cref="Since"/> and none given, counted on from OLD's.</summary>
    public string? DraftLabel { get; init; }

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
    /// catalogue path must be absolute, and paths are shown relative to the project folder.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Allow data, geography and other input files outside the edition folder (<c>--allow-outside-paths</c>).</summary>
    public bool AllowOutsidePaths { get; init; }

    internal string Catalogue => WorkingDirectory is { } cwd
        ? Path.GetFullPath(CataloguePath, Path.GetFullPath(cwd))
        : Path.IsPathFullyQualified(CataloguePath) ? Path.GetFullPath(CataloguePath) : throw new ArgumentException($"the catalogue path «{CataloguePath}» is relative and no working directory is given", nameof(CataloguePath));

    /// <summary>The edition folder: the catalogue's folder, which data, geography and curated text are read from.</summary>
    public string EditionDirectory => Path.GetDirectoryName(Catalogue)!;

    /// <summary>
    /// The project folder: the one holding <c>editions/</c> when the edition lies in it, else the
    /// folder above the edition folder. Shared templates, fonts and the default output are found here.
    /// </summary>
    public string ProjectDirectory
    {
        get
        {
            var parent = Path.GetDirectoryName(EditionDirectory) ?? EditionDirectory;
            return string.Equals(Path.GetFileName(parent), EditionsFolder, StringComparison.Ordinal) ? Path.GetDirectoryName(parent) ?? parent : parent;
        }
    }

    private string Base => WorkingDirectory ?? ProjectDirectory;

    /// <summary>A path from the command line, taken from the working folder (else the project folder).</summary>
    public string Resolve(string path) => Path.GetFullPath(path, Path.GetFullPath(Base));

    /// <summary>The catalogue as named in messages.</summary>
    internal string DisplayCatalogue => Model.EditionFiles.Shown(Base, Catalogue);

    /// <summary>The edition's input files: the edition folder, and how paths in messages are shown.</summary>
    public Model.EditionFiles Files() => new(EditionDirectory, Base, AllowOutsidePaths);

    /// <summary>The shared templates (<c>--templates</c>, else the project's <c>templates/</c>), overridden by the edition's own.</summary>
    public Model.TemplateFolders Templates => new(
        TemplateDirectory is { } templates ? Path.GetFullPath(templates, Base) : Path.Combine(ProjectDirectory, "templates"),
        Path.Combine(EditionDirectory, "templates"));

    internal string Output(int year) => OutputDirectory is { } output ? Path.GetFullPath(output, Base) : Path.Combine(ProjectDirectory, "output", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal string MunicipalOutput(int year) => OutputDirectory is { } output ? Path.GetFullPath(output, Base) : Path.Combine(ProjectDirectory, "output", $"{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}-kommuner");

    /// <summary>What a build reads: an output folder may neither hold nor lie inside any of these.</summary>
    internal IReadOnlyList<string> Inputs => [Catalogue, EditionDirectory, .. Templates.Roots, Fonts];

    internal string Fonts => FontDirectory is { } fonts ? Path.GetFullPath(fonts, Base) : Path.Combine(ProjectDirectory, "node_modules", "@fontsource", "noto-sans", "files");
}
