using System.CommandLine;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary><c>annual-report build</c>: the whole publication, web site and PDF.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--out") { Description = Messages.Format("cli.option.build-out") };
        var templates = new Option<string?>("--templates") { Description = Messages.Format("cli.option.templates") };
        var fonts = new Option<string?>("--fonts") { Description = Messages.Format("cli.option.fonts") };
        var since = new Option<string?>("--since") { Description = Messages.Format("cli.option.since"), HelpName = "OLD" };
        var draftLabel = new Option<string?>("--draft-label") { Description = Messages.Format("cli.option.draft-label") };

        var command = new Command("build", Messages.Format("cli.command.build")) { output, templates, fonts, since, draftLabel };
        foreach (var option in common.ForBuild)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, cancellationToken) => Runner.RunAsync(async () =>
        {
            var options = common.Read(result) with
            {
                OutputDirectory = result.GetValue(output),
                TemplateDirectory = result.GetValue(templates),
                FontDirectory = result.GetValue(fonts),
                Since = result.GetValue(since),
                DraftLabel = result.GetValue(draftLabel),
            };

            // Progress is for a person watching; logs and scripts get only results and diagnostics.
            var built = await ReportPipeline.BuildAsync(options, common.Progress(result), cancellationToken);
            foreach (var warning in built.Warnings)
            {
                Console.Error.WriteLine(warning);
            }

            foreach (var language in built.Languages)
            {
                Console.WriteLine(language.PdfPath is null
                    ? Messages.Format("cli.done.build", ("folder", SafeText.Printable(language.Directory)), ("n", language.Pages.Count))
                    : Messages.Format("cli.done.build-pdf", ("folder", SafeText.Printable(language.Directory)), ("n", language.Pages.Count), ("pdf", SafeText.Printable(Path.GetFileName(language.PdfPath))), ("pages", Messages.Format("count.pdf-pages", ("n", language.PdfPages)))));
            }
        }));
        return command;
    }
}
