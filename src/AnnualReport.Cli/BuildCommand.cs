using System.CommandLine;

namespace AnnualReport.Cli;

/// <summary><c>annual-report build</c>: the whole publication, web site and PDF.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var catalogue = new Option<string>("--catalogue") { Description = "Indikatorkatalogen", DefaultValueFactory = _ => "indicators.yaml" };
        var output = new Option<string?>("--out") { Description = "Mappen publikasjonen skrives til (standard: output/<år>)" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Bygg bare nettsidene, uten PDF" };
        var browser = new Option<string?>("--browser") { Description = $"Stien til Chromium, Chrome eller Edge (ellers {Publishing.BrowserLocator.EnvironmentVariable} eller vanlige plasseringer)" };

        var command = new Command("build", "Bygger publikasjonen: nettsider og PDF") { catalogue, output, noPdf, browser };
        command.SetAction((result, _) => Runner.RunAsync(async () =>
        {
            var options = new BuildOptions(result.GetValue(catalogue)!)
            {
                OutputDirectory = result.GetValue(output),
                Pdf = !result.GetValue(noPdf),
                BrowserPath = result.GetValue(browser),
            };
            var progress = new Progress<string>(step => Console.Error.WriteLine($"… {step}"));
            var built = await ReportPipeline.BuildAsync(options, progress);
            foreach (var warning in built.Warnings)
            {
                Console.Error.WriteLine(warning);
            }

            Console.WriteLine($"Publikasjonen er skrevet til {built.OutputDirectory} ({built.Pages.Count} sider{(built.PdfPath is null ? ", uten PDF" : $", PDF: {Path.GetFileName(built.PdfPath)}")}).");
        }));
        return command;
    }
}
