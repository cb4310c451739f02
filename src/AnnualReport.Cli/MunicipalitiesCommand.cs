using System.CommandLine;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Municipal;

namespace AnnualReport.Cli;

/// <summary><c>annual-report municipalities</c>: a fact sheet (web page and PDF) for every municipality, and the statistics bank.</summary>
internal static class MunicipalitiesCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--out") { Description = Messages.Format("cli.option.municipal-out") };
        var only = new Option<string?>("--only") { Description = Messages.Format("cli.option.only") };
        var parallel = new Option<int>("--parallel") { Description = Messages.Format("cli.option.parallel", ("max", MunicipalOptions.MaxParallel)), DefaultValueFactory = _ => 2 };
        var command = new Command("municipalities", Messages.Format("cli.command.municipalities")) { output, only, parallel };
        foreach (var option in common.ForBuild)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, cancellationToken) => Runner.RunAsync(async () =>
        {
            var count = result.GetValue(parallel);
            if (count is < 1 or > MunicipalOptions.MaxParallel)
            {
                throw new InputException(Diagnostic.Error("wrong-type", Messages.Format("cli.parallel.range", ("count", count), ("max", MunicipalOptions.MaxParallel)), SourceSpan.ForFile("--parallel")));
            }

            var options = new MunicipalOptions(common.Read(result) with { OutputDirectory = result.GetValue(output) })
            {
                Only = result.GetValue(only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                Parallel = count,
            };

            // A progress bar for a person watching; logs get only the result.
            // Two printers may finish at once and report 3 before 2: the bar only moves forward.
            var shown = 0;
            var progress = Console.IsErrorRedirected || result.GetValue(common.Quiet) ? null : new ImmediateProgress<(int Done, int Total)>(p =>
            {
                if (p.Done <= shown)
                {
                    return;
                }

                shown = p.Done;
                var filled = p.Done * 30 / Math.Max(p.Total, 1);
                Console.Error.Write($"\r[{new string('#', filled)}{new string(' ', 30 - filled)}] {Messages.Format("cli.progress.fact-sheets", ("done", p.Done), ("total", p.Total))}");
                if (p.Done == p.Total)
                {
                    Console.Error.WriteLine();
                }
            });
            var built = await MunicipalPipeline.BuildAsync(options, progress, common.Progress(result), cancellationToken);
            Console.WriteLine(Messages.Format("cli.done.municipalities", ("n", built.FactSheets), ("pdfs", built.Pdfs), ("folder", SafeText.Printable(built.OutputDirectory))));
        }));
        return command;
    }
}
