using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Data files whose folder does not exist (a data folder not copied into the edition, a typo in a
/// folder name): one error per folder, at the first catalogue entry that names it, rather than one
/// per file.
/// </summary>
internal sealed class MissingFolders
{
    private readonly Dictionary<string, List<(string Indicator, string File, SourceSpan Where)>> _folders = new(StringComparer.Ordinal);

    /// <summary>True, and the file remembered, when the folder of <paramref name="path"/> does not exist.</summary>
    public bool Missing(string path, string indicator, string declared, SourceSpan where)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (Directory.Exists(folder))
        {
            return false;
        }

        if (!_folders.TryGetValue(folder, out var named))
        {
            _folders[folder] = named = [];
        }

        named.Add((indicator, declared, where));
        return true;
    }

    /// <summary>The errors: a single file as a missing file, several as their missing folder.</summary>
    public void Report(EditionFiles files, List<Diagnostic> diagnostics)
    {
        foreach (var (folder, named) in _folders)
        {
            var (indicator, file, where) = named[0];
            diagnostics.Add(named.Count == 1
                ? Diagnostic.Error("file-not-found", Messages.Format("data.file-not-found", ("file", file), ("indicator", indicator), ("path", files.Display(Path.Combine(folder, Path.GetFileName(file))))), where)
                : Diagnostic.Error("file-not-found", Messages.Format("data.folder-not-found", ("folder", files.Display(folder)), ("n", named.Count), ("indicators", string.Join(", ", named.Take(5).Select(n => n.Indicator))), ("more", named.Count > 5 ? " …" : string.Empty)), where));
        }
    }
}
