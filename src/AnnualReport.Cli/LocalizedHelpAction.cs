using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using AnnualReport.Localization;

namespace AnnualReport.Cli;

/// <summary>
/// <c>--help</c> in the UI language: System.CommandLine writes the layout, with its headings in
/// English only (it has no bokmål), so they are put into the UI language here; the descriptions
/// already are.
/// </summary>
internal sealed class LocalizedHelpAction : SynchronousCommandLineAction
{
    private static readonly (string English, string Key)[] Words =
    [
        ("Description:", "cli.help.description"),
        ("Usage:", "cli.help.usage"),
        ("Arguments:", "cli.help.arguments"),
        ("Options:", "cli.help.options"),
        ("Commands:", "cli.help.commands"),
        ("[command]", "cli.help.command-placeholder"),
        ("[options]", "cli.help.options-placeholder"),
        ("[default: ", "cli.help.default"),
    ];

    /// <summary>Gives the help and version options of <paramref name="root"/> their texts in the UI language.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = Messages.Format("cli.option.help");
                help.Action = new LocalizedHelpAction();
            }
            else if (option is VersionOption)
            {
                option.Description = Messages.Format("cli.option.version");
            }
        }
    }

    /// <summary>Help asked for is no error, even when the rest of the command line is incomplete.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var text = new StringWriter();
        configuration.Output = text;
        try
        {
            new HelpAction().Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        var help = text.ToString();
        foreach (var (english, key) in Words)
        {
            help = help.Replace(english, Messages.Format(key), StringComparison.Ordinal);
        }

        output.Write(help);
        return ExitCodes.Success;
    }
}
