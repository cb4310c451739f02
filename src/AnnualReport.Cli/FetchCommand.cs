using System.CommandLine;
using AnnualReport.Catalogue;
using AnnualReport.Fetching;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary>
/// <c>annual-report fetch [--edition YEAR] [--catalogue FILE] [--force] [--indicator ID]</c>:
/// downloads every file with a <c>data.fetch</c> block into the edition, within the APIs' limits,
/// and says per file whether it was written, unchanged or kept after a failure, with what changed
/// in the figures. Exit 0 when all went well, 2 for a catalogue fault, 3 when a table could not be
/// fetched (its old files are kept).
/// </summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var force = new Option<bool>("--force") { Description = Messages.Format("fetch.option.force") };
        var indicator = new Option<string?>("--indicator") { Description = Messages.Format("fetch.option.indicator") };
        var timeout = new Option<int>("--timeout") { Description = Messages.Format("fetch.option.timeout"), DefaultValueFactory = _ => (int)FetchSettings.Default.Timeout.TotalSeconds };
        var command = new Command("fetch", Messages.Format("fetch.command")) { common.Edition, common.Catalogue, force, indicator, timeout };
        command.SetAction(async (result, cancellationToken) =>
        {
            var failed = 0;
            var input = false;
            var code = await Runner.RunAsync(async () =>
            {
                var seconds = result.GetValue(timeout);
                if (seconds is < 1 or > 3600)
                {
                    throw new InputException(Diagnostic.Error("bad-option", Messages.Format("fetch.timeout-range", ("seconds", seconds), ("min", 1), ("max", 3600)), SourceSpan.ForFile("--timeout")));
                }

                var working = Environment.CurrentDirectory;
                var options = new BuildOptions(EditionFolders.Locate(working, result.GetValue(common.Edition), result.GetValue(common.Catalogue))) { WorkingDirectory = working };
                var diagnostics = new List<Diagnostic>();
                var catalogue = CatalogueLoader.Load(options.CataloguePath, diagnostics, EditionFiles.Shown(working, options.CataloguePath));
                if (catalogue is null || diagnostics.Count > 0)
                {
                    throw new InputException(diagnostics);
                }

                var jobs = FetchJobs.From(catalogue, options.Files(), result.GetValue(indicator), diagnostics);
                if (diagnostics.Count > 0)
                {
                    throw new InputException(diagnostics);
                }

                if (jobs.Count == 0)
                {
                    Console.WriteLine(Messages.Format("fetch.nothing"));
                    return;
                }

                using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = InputLimits.MaxDataBytes };
                http.DefaultRequestHeaders.UserAgent.ParseAdd("AnnualReport-fetch/1.0");
                var settings = FetchSettings.Default with { Timeout = TimeSpan.FromSeconds(seconds) };
                var fetcher = new TableFetcher(new ApiClient(http, settings, SystemFetchClock.Instance), SystemFetchClock.Instance);
                var outcomes = new List<FetchOutcome>();
                foreach (var job in jobs)
                {
                    var outcome = await fetcher.FetchAsync(job, result.GetValue(force), cancellationToken);
                    outcomes.Add(outcome);
                    Console.Out.Write(FetchReport.Line(outcome));
                    if (outcome.InputFailure)
                    {
                        // The catalogue asked for what the table does not have: point at its fetch block.
                        Console.Error.WriteLine(Diagnostic.Error("bad-fetch", outcome.Failure!, job.Source.Where));
                    }
                }

                failed = outcomes.Count(o => o.Status == FetchStatus.Failed);
                input = outcomes.Any(o => o.InputFailure);
                Console.WriteLine(Messages.Format(
                    "fetch.done",
                    ("fetched", outcomes.Count(o => o.Status is FetchStatus.New or FetchStatus.Updated)),
                    ("unchanged", outcomes.Count(o => o.Status == FetchStatus.Unchanged)),
                    ("failed", failed)));
                if (failed > 0)
                {
                    Console.Error.WriteLine(Messages.Format("fetch.failed", ("n", failed)));
                }
            });
            return code != ExitCodes.Success ? code : failed == 0 ? ExitCodes.Success : input ? ExitCodes.InputError : ExitCodes.EnvironmentError;
        });
        return command;
    }
}
