using System.CommandLine;
using System.Runtime.InteropServices;
using System.Text;
using AnnualReport.Cli;
using AnnualReport.Localization;

Console.OutputEncoding = Encoding.UTF8;

// The language comes first: every help text and message is written in it.
UiLanguage.Set(UiLanguageOption.Choose(args, Environment.GetEnvironmentVariable));
var root = new RootCommand(Messages.Format("cli.command.root"))
{
    BuildCommand.Create(),
    ValidateCommand.Create(),
    InspectCommand.Create(),
    MunicipalitiesCommand.Create(),
    NewEditionCommand.Create(),
    AnnualReport.Cli.Preview.PreviewCommand.Create(),
    CommentsCommand.Create(),
    CompareCommand.Create(),
    FetchCommand.Create(),
};
root.Options.Add(UiLanguageOption.Create());
LocalizedHelpAction.Install(root);

// Ctrl-C and SIGTERM cancel the running command through its CancellationToken, down to the
// browser, so it can remove its staging folder and close the browser; a second signal ends the
// process at once.
using var cancel = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    if (!cancel.IsCancellationRequested)
    {
        context.Cancel = true;
        Console.Error.WriteLine(Messages.Format("cli.cancelling"));
        cancel.Cancel();
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
var parsed = root.Parse(args);

// A mistyped command or option is bad input like any other: one diagnostic line each, exit code 2.
if (parsed.Errors.Count > 0)
{
    return CommandLineErrors.Report(parsed);
}

return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancel.Token);
