using System.CommandLine;

namespace AnnualReport.Cli;

/// <summary><c>annual-report build</c>: the whole publication, web site and PDF.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var catalogue = new Option<string>("--catalogue") { Description = "Indikatorkatalogen", DefaultValueFactory = _ => "indicators.yaml" };
        var output = new Option<string?>("--out") { Description = "Mappen publikasjonen skrives til (standard: output/<år>)" };
        var templates = new Option<string?>("--templates") { Description = "Malmappen (standard: templates/ ved siden av katalogen)" };
        var fonts = new Option<string?>("--fonts") { Description = "Mappen med skriftfilene (standard: node_modules/@fontsource/noto-sans/files ved siden av katalogen)" };
        var draft = new Option<bool>("--draft") { Description = "Utkast til gjennomlesing: UTKAST på hver side og et byggestempel" };
        var date = new Option<string?>("--date") { Description = "Byggedato i byggestempelet (ÅÅÅÅ-MM-DD); ellers dagens dato" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Bygg bare nettsidene, uten PDF" };
        var browser = new Option<string?>("--browser") { Description = $"Stien til Chromium, Chrome eller Edge (ellers {Publishing.BrowserLocator.EnvironmentVariable} eller vanlige plasseringer)" };

        var command = new Command("build", "Bygger publikasjonen: nettsider og PDF") { catalogue, output, templates, fonts, draft, date, noPdf, browser };
        command.SetAction((result, _) => Runner.RunAsync(async () =>
        {
            var options = new BuildOptions(result.GetValue(catalogue)!)
            {
                WorkingDirectory = Environment.CurrentDirectory,
                OutputDirectory = result.GetValue(output),
                TemplateDirectory = result.GetValue(templates),
                FontDirectory = result.GetValue(fonts),
                Pdf = !result.GetValue(noPdf),
                BrowserPath = result.GetValue(browser),
                Draft = result.GetValue(draft),
                Date = ParseDate(result.GetValue(date)),
            };
            // Progress is for a person watching; logs and scripts get only results and diagnostics.
            var progress = Console.IsErrorRedirected ? null : new Progress<string>(step => Console.Error.WriteLine($"… {step}"));
            var built = await ReportPipeline.BuildAsync(options, progress);
            foreach (var warning in built.Warnings)
            {
                Console.Error.WriteLine(warning);
            }

            Console.WriteLine($"Publikasjonen er skrevet til {built.OutputDirectory} ({built.Pages.Count} sider{(built.PdfPath is null ? ", uten PDF" : $", PDF: {Path.GetFileName(built.PdfPath)}")}).");
        }));
        return command;
    }

    internal static DateOnly? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new Model.InputException(Model.Diagnostic.Error("wrong-type", $"--date «{text}» er ikke en dato på formen ÅÅÅÅ-MM-DD", Model.SourceSpan.ForFile("--date")));
    }
}
