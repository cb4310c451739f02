using System.CommandLine;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Validation;

namespace AnnualReport.Cli;

/// <summary>
/// <c>annual-report validate</c>: checks catalogue, data and templates together and lists every
/// problem; exit code 0 without errors (warnings allowed), 2 with.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var templates = new Option<string?>("--templates") { Description = Messages.Format("cli.option.templates") };
        var command = new Command("validate", Messages.Format("cli.command.validate")) { templates };
        foreach (var option in common.ForValidate)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, _) => Runner.RunAsync(() =>
        {
            var report = EditionLoader.Load(common.Read(result) with { TemplateDirectory = result.GetValue(templates) }, municipalities: true, common.Progress(result));
            if (report.HasErrors)
            {
                throw new InputException(report.Diagnostics);
            }

            foreach (var warning in report.Warnings)
            {
                Console.Error.WriteLine(warning);
            }

            var indicators = report.Catalogue!.Indicators.Count;
            Console.WriteLine(Messages.Format(
                "cli.done.validate",
                ("indicators", Messages.Format("count.indicators", ("n", indicators))),
                ("series", Messages.Format("count.series", ("n", report.Data.Sum(d => d.Series.Count)))),
                ("warnings", Messages.Format("count.warnings", ("n", report.Warnings.Count)))));
            return Task.CompletedTask;
        }));
        return command;
    }
}
