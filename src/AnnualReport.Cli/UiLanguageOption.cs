using System.CommandLine;
using AnnualReport.Localization;

namespace AnnualReport.Cli;

/// <summary>
/// <c>--ui-language nb|en</c>, on every command: the language of the program's messages. Read
/// before the commands are made, since their help texts are written in it.
/// </summary>
internal static class UiLanguageOption
{
    public const string Name = "--ui-language";

    public static Option<string> Create()
    {
        var option = new Option<string>(Name)
        {
            Description = Messages.Format("cli.option.ui-language"),
            Recursive = true,
            HelpName = string.Join('|', UiLanguage.Supported),
        };
        option.AcceptOnlyFromAmong([.. UiLanguage.Supported]);
        return option;
    }

    /// <summary>
    /// The language from the command line when it names a valid one, else from the environment.
    /// An invalid value is reported by the parser afterwards, in the environment's language.
    /// </summary>
    public static string Choose(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == Name && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(Name + "=", StringComparison.Ordinal) || args[i].StartsWith(Name + ":", StringComparison.Ordinal) ? args[i][(Name.Length + 1)..]
                : null;
            if (value is not null && UiLanguage.Supported.Contains(value))
            {
                return value;
            }
        }

        return UiLanguage.FromEnvironment(environment);
    }
}
