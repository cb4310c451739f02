using System.Text.Json;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Comparing;

/// <summary>The entry point of <c>annual-report compare</c>: finds the language folders of two build outputs, reads them and compares them.</summary>
public static class BuildComparer
{
    /// <summary>
    /// Compares the builds in <paramref name="oldPath"/> and <paramref name="newPath"/> (each a build
    /// output or one of its language folders) in <paramref name="language"/>, else the language of
    /// the folder given, else the edition's main language. <paramref name="stampLabel"/> is the
    /// colophon's word for the build stamp in the edition's language (a stamp is not a change of the
    /// publication). Throws <see cref="InputException"/> (<c>not-a-build</c>) for a folder that is no build.
    /// </summary>
    public static BuildComparison Compare(string oldPath, string newPath, string? language, Func<string, string?> stampLabel, string oldArgument = "OLD", string newArgument = "NEW")
    {
        ArgumentNullException.ThrowIfNull(stampLabel);
        var errors = new List<Diagnostic>();
        (string Folder, string Language)? Find(string path, string? lang, string argument)
        {
            try
            {
                return BuildOutputReader.Locate(path, lang, argument);
            }
            catch (InputException e)
            {
                errors.AddRange(e.Diagnostics);
                return null;
            }
        }

        // A language folder given for either build names the language of both.
        language ??= BuildOutputReader.LanguageFolder(oldPath) ?? BuildOutputReader.LanguageFolder(newPath);
        var newer = Find(newPath, language, newArgument);
        var older = Find(oldPath, language ?? newer?.Language, oldArgument);
        if (errors.Count > 0 || older is null || newer is null)
        {
            throw new InputException(errors);
        }

        var label = stampLabel(newer.Value.Language);
        return BuildDiffer.Compare(Read(older.Value, label, oldArgument), Read(newer.Value, label, newArgument));
    }

    private static BuildSnapshot Read((string Folder, string Language) where, string? label, string argument)
    {
        try
        {
            return BuildOutputReader.Read(where.Folder, where.Language, label);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Pointed at the file, and at the line and column where JSON syntax broke.
            var file = Path.Combine(where.Folder, "analysis.json");
            var at = e is JsonException { LineNumber: { } line } json ? new SourceSpan(file, (int)line + 1, (int)(json.BytePositionInLine ?? 0) + 1) : SourceSpan.ForFile(file);
            throw new InputException(Diagnostic.Error("not-a-build", Messages.Format("compare.bad-analysis", ("argument", argument), ("reason", SafeText.Excerpt(e.Message.Split(" LineNumber:")[0], 200))), at));
        }
    }
}
