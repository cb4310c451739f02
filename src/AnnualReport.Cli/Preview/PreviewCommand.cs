using System.CommandLine;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Preview;

namespace AnnualReport.Cli.Preview;

/// <summary>
/// <c>annual-report preview</c>: serves the publication on this machine, builds it again when a file
/// of the edition or a template is saved, and reloads the open pages; errors show in the page and
/// here. Ctrl-C stops it (exit 0). A port that cannot be had is exit 3.
/// </summary>
internal static class PreviewCommand
{
    /// <summary>The port tried first when none is given; the next nine are tried when it is taken.</summary>
    public const int DefaultPort = 8025;

    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    public static Command Create()
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port") { Description = Messages.Format("cli.option.port", ("port", DefaultPort)), DefaultValueFactory = _ => DefaultPort };
        var templates = new Option<string?>("--templates") { Description = Messages.Format("cli.option.templates") };
        var fonts = new Option<string?>("--fonts") { Description = Messages.Format("cli.option.fonts") };

        var command = new Command("preview", Messages.Format("cli.command.preview")) { port, templates, fonts };
        // Progress lines are what the preview shows while it runs: --quiet would leave nothing.
        foreach (var option in common.ForBuild.Where(o => o != common.Quiet))
        {
            command.Options.Add(option);
        }

        command.SetAction((result, cancellationToken) => Runner.RunAsync(async () =>
        {
            var options = common.Read(result) with
            {
                TemplateDirectory = result.GetValue(templates),
                FontDirectory = result.GetValue(fonts),
            };
            var chosen = result.GetValue(port);
            if (chosen is < 1 or > 65535)
            {
                throw new InputException(Diagnostic.Error("bad-option", Messages.Format("cli.port.range", ("port", chosen)), SourceSpan.ForFile("--port")));
            }

            await RunAsync(new PreviewBuilder(options), chosen, result.GetResult(port) is { Implicit: false }, cancellationToken);
        }));
        return command;
    }

    private static async Task RunAsync(PreviewBuilder builder, int port, bool chosen, CancellationToken cancellationToken)
    {
        var terminal = Console.Out;
        var (listener, url) = PreviewServer.Listen(port, chosen);
        using var _ = listener;
        using var session = new PreviewSession(builder, terminal);
        var debouncer = new ChangeDebouncer(Quiet);
        EditionWatcher? watcher = null;
        try
        {
            // The first build; the folders to watch are known once the catalogue names its year.
            await session.RebuildAsync([], cancellationToken);
            watcher = Watch(builder, debouncer, null);
            var server = new PreviewServer(listener, session, terminal).ServeAsync(cancellationToken);
            terminal.WriteLine(Messages.Format("preview.serving", ("url", url), ("folder", SafeText.Printable(session.Folder ?? "-"))));

            var rebuilding = Task.Run(async () =>
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    var changes = await debouncer.NextAsync(cancellationToken);
                    await session.RebuildAsync(changes, cancellationToken);
                    watcher = Watch(builder, debouncer, watcher);
                }
            }, CancellationToken.None);

            // Either ends only by Ctrl-C or by a fault, which this passes on.
            await await Task.WhenAny(server, rebuilding);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine(Messages.Format("preview.stopped"));
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    /// <summary>The watcher for the edition's current folders: the one running, or a new one when the year (and so the folders) changed.</summary>
    private static EditionWatcher Watch(PreviewBuilder builder, ChangeDebouncer debouncer, EditionWatcher? running)
    {
        // Before the catalogue could be read once, the year (and so the preview's output folder) is not known; the edition folder and the templates are watched all the same.
        var inputs = builder.Inputs(builder.Year ?? 0);
        if (running is not null && running.Inputs == inputs)
        {
            return running;
        }

        running?.Dispose();
        return new EditionWatcher(inputs, debouncer);
    }
}
