using AnnualReport.Model;

namespace AnnualReport.Preview;

/// <summary>
/// One rebuild of the preview: the folder it wrote (null when nothing could be built), the
/// languages in it, every diagnostic, and what was reused from the build before.
/// </summary>
public sealed record PreviewBuild(string? Folder, IReadOnlyList<PreviewLanguage> Languages, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the pages could be made: no error among the diagnostics.</summary>
    public bool Succeeded => Folder is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether the figures, their checks and the analysis came from the build before (nothing they depend on changed).</summary>
    public bool FiguresReused { get; init; }

    /// <summary>Whether the charts came from the build before too.</summary>
    public bool ChartsReused { get; init; }
}
