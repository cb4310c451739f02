using System.CommandLine;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary><c>annual-report build</c>: the whole publication, web site and PDF.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--out") { Description = "Mappen publikasjonen skrives til (standard: output/<år>); bare en tom mappe eller en mappe programmet selv har skrevet blir erstattet" };
        var templates = new Option<string?>("--templates") { Description = "Malmappen (standard: templates/ ved siden av katalogen)" };
        var fonts = new Option<string?>("--fonts") { Description = "Mappen med skriftfilene (standard: node_modules/@fontsource/noto-sans/files ved siden av katalogen)" };

        var command = new Command("build", "Bygger publikasjonen: nettsider og PDF") { output, templates, fonts };
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
            };

            // Progress is for a person watching; logs and scripts get only results and diagnostics.
            var progress = Console.IsErrorRedirected ? null : new Progress<string>(step => Console.Error.WriteLine($"… {step}"));
            var built = await ReportPipeline.BuildAsync(options, progress, cancellationToken);
            foreach (var warning in built.Warnings)
            {
                Console.Error.WriteLine(warning);
            }

            foreach (var language in built.Languages)
            {
                Console.WriteLine($"Publikasjonen er skrevet til {SafeText.Printable(language.Directory)} ({language.Pages.Count} sider{(language.PdfPath is null ? ", uten PDF" : $", PDF: {SafeText.Printable(Path.GetFileName(language.PdfPath))}")}).");
            }
        }));
        return command;
    }
}
