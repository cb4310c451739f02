using System.Text.RegularExpressions;
using AnnualReport.Localization;

namespace AnnualReport.Cli;

/// <summary>
/// System.CommandLine's parse errors in the UI language. It words them in English only (it has no
/// bokmål), so the common ones are recognised by their English text and worded from the message
/// catalogue; one it words differently in a later version stays as it wrote it.
/// </summary>
internal static partial class ParseErrorText
{
    public static string Translate(string message)
    {
        if (message == "Required command was not provided.")
        {
            return Messages.Format("cli.parse.no-command");
        }

        if (Unrecognized().Match(message) is { Success: true } unrecognized)
        {
            return Messages.Format("cli.parse.unrecognized", ("token", unrecognized.Groups[1].Value));
        }

        if (WrongType().Match(message) is { Success: true } wrong)
        {
            var key = wrong.Groups[3].Value == "System.Int32" ? "cli.parse.not-integer" : "cli.parse.wrong-type";
            return Messages.Format(key, ("value", wrong.Groups[1].Value), ("option", wrong.Groups[2].Value), ("type", wrong.Groups[3].Value));
        }

        if (MissingArgument().Match(message) is { Success: true } argument)
        {
            return Messages.Format("cli.parse.missing-argument", ("argument", argument.Groups[1].Value), ("command", argument.Groups[2].Value));
        }

        if (MissingValue().Match(message) is { Success: true } value)
        {
            return Messages.Format("cli.parse.missing-value", ("option", value.Groups[1].Value));
        }

        if (NotAmong().Match(message) is { Success: true } among)
        {
            var allowed = string.Join(", ", Quoted().Matches(among.Groups[2].Value).Select(m => m.Groups[1].Value));
            return Messages.Format("cli.parse.not-among", ("value", among.Groups[1].Value), ("allowed", allowed));
        }

        return message;
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex WrongType();

    [GeneratedRegex(@"^Required argument '(.*)' missing for command: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
