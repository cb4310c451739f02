using System.CommandLine;
using AnnualReport.Municipal;

namespace AnnualReport.Cli;

/// <summary><c>annual-report municipalities</c>: a fact sheet (web page and PDF) for every municipality, and the statistics bank.</summary>
internal static class MunicipalitiesCommand
{
    public static Command Create()
    {
        var catalogue = new Option<string>("--catalogue") { Description = "Indikatorkatalogen", DefaultValueFactory = _ => "indicators.yaml" };
        var output = new Option<string?>("--out") { Description = "Mappen faktaarkene skrives til (standard: output/<år>-kommuner)" };
        var only = new Option<string?>("--only") { Description = "Bare disse kommunenumrene, kommaseparert (for eksempel 0301,3301)" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Bare nettsidene, uten PDF" };
        var browser = new Option<string?>("--browser") { Description = "Stien til Chromium, Chrome eller Edge" };
        var parallel = new Option<int>("--parallel") { Description = "Hvor mange faktaark nettleseren skriver ut samtidig", DefaultValueFactory = _ => 2 };
        var draft = new Option<bool>("--draft") { Description = "Utkast: UTKAST på hver side" };
        var date = new Option<string?>("--date") { Description = "Byggedato i byggestempelet (ÅÅÅÅ-MM-DD)" };
        var command = new Command("municipalities", "Lager faktaark for kommunene og statistikkbanken") { catalogue, output, only, noPdf, browser, parallel, draft, date };
        command.SetAction((result, _) => Runner.RunAsync(async () =>
        {
            var options = new MunicipalOptions(new BuildOptions(result.GetValue(catalogue)!)
            {
                WorkingDirectory = Environment.CurrentDirectory,
                OutputDirectory = result.GetValue(output),
                Pdf = !result.GetValue(noPdf),
                BrowserPath = result.GetValue(browser),
                Draft = result.GetValue(draft),
                Date = BuildCommand.ParseDate(result.GetValue(date)),
            })
            {
                Only = result.GetValue(only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                Parallel = result.GetValue(parallel),
            };

            // A progress bar for a person watching; logs get only the result.
            var progress = Console.IsErrorRedirected ? null : new Progress<(int Done, int Total)>(p =>
            {
                var filled = p.Done * 30 / Math.Max(p.Total, 1);
                Console.Error.Write($"\r[{new string('#', filled)}{new string(' ', 30 - filled)}] {p.Done}/{p.Total} faktaark");
                if (p.Done == p.Total)
                {
                    Console.Error.WriteLine();
                }
            });
            var built = await MunicipalPipeline.BuildAsync(options, progress);
            Console.WriteLine($"{built.FactSheets} faktaark ({built.Pdfs} PDF) og statistikkbanken er skrevet til {built.OutputDirectory}.");
        }));
        return command;
    }
}
