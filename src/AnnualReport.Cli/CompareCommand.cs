using System.CommandLine;
using AnnualReport.Comparing;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary>
/// <c>annual-report compare OLD NEW [--json] [--out FILE.html] [--language L]</c>: what changed
/// between two builds, grouped by theme and indicator, with the derived changes under the figure
/// that caused them. Exit 0 whether or not anything changed; 2 when OLD or NEW is not a build.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("OLD") { Description = Messages.Format("cli.argument.old") };
        var @new = new Argument<string>("NEW") { Description = Messages.Format("cli.argument.new") };
        var json = new Option<bool>("--json") { Description = Messages.Format("cli.option.json") };
        var output = new Option<string?>("--out") { Description = Messages.Format("cli.option.compare-out") };
        var language = new Option<string?>("--language") { Description = Messages.Format("cli.option.compare-language") };
        var templates = new Option<string?>("--templates") { Description = Messages.Format("cli.option.compare-templates") };
        var command = new Command("compare", Messages.Format("cli.command.compare")) { old, @new, json, output, language, templates };
        command.SetAction((result, cancellationToken) => Runner.RunAsync(async () =>
        {
            var folder = TemplateFolder(result.GetValue(templates));
            var comparison = BuildComparer.Compare(Path.GetFullPath(result.GetValue(old)!), Path.GetFullPath(result.GetValue(@new)!), result.GetValue(language), StampLabels.From(folder));
            if (result.GetValue(output) is { } file)
            {
                var phrases = folder is null
                    ? throw new InputException(Diagnostic.Error("missing-phrase-book", Messages.Format("compare.no-phrases", ("language", comparison.New.Language)), SourceSpan.ForFile("--templates")))
                    : PhraseBook.Load(folder, comparison.New.Language, EditionLanguage.DefaultCulture(comparison.New.Language));
                await WriteAsync(file, ComparisonHtmlWriter.Write(comparison, phrases), cancellationToken);
            }

            Console.Out.Write(result.GetValue(json) ? ComparisonJsonWriter.Write(comparison) : ComparisonTextWriter.Write(comparison));
            if (result.GetValue(output) is { } written && !result.GetValue(json))
            {
                Console.Out.WriteLine(Messages.Format("compare.written", ("file", Path.GetFullPath(written))));
            }
        }));
        return command;
    }

    /// <summary>
    /// The shared templates (for the phrase books): <c>--templates</c>, else <c>templates/</c> in the
    /// current folder, else the project folder the program was built in. The working folder is read
    /// here, not in the library.
    /// </summary>
    private static string? TemplateFolder(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        var here = Path.Combine(Environment.CurrentDirectory, "templates");
        if (Directory.Exists(Path.Combine(here, "phrases")))
        {
            return here;
        }

        for (var folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar)))
        {
            var candidate = Path.Combine(folder, "templates");
            if (Directory.Exists(Path.Combine(candidate, "phrases")))
            {
                return candidate;
            }
        }

        return null;
    }

    // Written beside the target and moved into place, so a failed run leaves no half-written report.
    private static async Task WriteAsync(string file, string html, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(file);
        if (Directory.Exists(full))
        {
            throw new InputException(Diagnostic.Error("unsafe-output", Messages.Format("compare.out-folder", ("file", full)), SourceSpan.ForFile("--out")));
        }

        var temporary = full + ".writing-" + Environment.ProcessId;
        try
        {
            await File.WriteAllTextAsync(temporary, html, cancellationToken);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
