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
        var verbose = new Option<bool>("--verbose") { Description = Messages.Format("mappings.cli.verbose") };
        var command = new Command("validate", Messages.Format("cli.command.validate")) { templates, verbose };
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

            if (result.GetValue(verbose))
            {
                IgnoredCodes(report);
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

    /// <summary>The codes of each indicator's file that its catalogue entry ignores (<c>data.ignore</c>), one line per dimension.</summary>
    private static void IgnoredCodes(ValidationReport report)
    {
        foreach (var data in report.Data.Where(d => d.Ignored.Count > 0))
        {
            foreach (var dimension in data.Ignored.GroupBy(i => i.Dimension))
            {
                Console.WriteLine(SafeText.Printable(Messages.Format(
                    "mappings.cli.ignored",
                    ("indicator", data.Indicator.Id),
                    ("file", data.Indicator.Data.File),
                    ("dimension", dimension.Key),
                    ("n", dimension.Count()),
                    ("codes", string.Join(", ", dimension.Select(i => i.Code))))));
            }
        }
    }
}
