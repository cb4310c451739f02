using System.CommandLine;
using System.CommandLine.Parsing;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary>
/// Errors in the command line itself (an unknown option, a value that is no number, no command)
/// reported as the program reports every bad input: <c>--option: error bad-option: …</c> and exit
/// code 2, with a pointer to the help instead of the whole help text.
/// </summary>
internal static class CommandLineErrors
{
    public static int Report(ParseResult parsed)
    {
        foreach (var error in parsed.Errors)
        {
            var where = error.SymbolResult switch
            {
                OptionResult option => option.Option.Name,
                ArgumentResult argument => argument.Argument.Name,
                CommandResult command => command.Command.Name,
                _ => "annual-report",
            };
            Console.Error.WriteLine(Diagnostic.Error("bad-option", SafeText.Excerpt(ParseErrorText.Translate(error.Message), 200), SourceSpan.ForFile(where)));
        }

        Console.Error.WriteLine(Messages.Format("cli.stopped.command-line"));
        return ExitCodes.InputError;
    }
}
