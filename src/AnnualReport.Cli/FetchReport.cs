using System.Text;
using AnnualReport.Fetching;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary>The lines <c>fetch</c> prints for one file: what was done, and what changed in the figures.</summary>
internal static class FetchReport
{
    public static string Line(FetchOutcome outcome)
    {
        var job = outcome.Job;
        var file = SafeText.Printable(job.Display);
        var table = $"{job.Source.Site}, {job.Source.Table}";
        var requests = outcome.Record?.Requests.Count ?? 0;
        var text = new StringBuilder();
        text.AppendLine(outcome.Status switch
        {
            FetchStatus.Unchanged => Messages.Format("fetch.result.unchanged", ("file", file), ("table", table)),
            FetchStatus.New => Messages.Format("fetch.result.new", ("file", file), ("table", table), ("requests", requests)),
            FetchStatus.Updated => Messages.Format("fetch.result.updated", ("file", file), ("table", table), ("requests", requests)),
            _ => Messages.Format("fetch.result.failed", ("file", file), ("failure", SafeText.Printable(outcome.Failure ?? string.Empty))),
        });
        if (outcome.Diff is { } diff)
        {
            text.AppendLine(diff.IsEmpty
                ? Messages.Format("fetch.diff.none")
                : Messages.Format("fetch.diff.summary", ("changed", diff.Changed), ("added", diff.Added), ("removed", diff.Removed)));
            foreach (var change in diff.Examples)
            {
                text.AppendLine(Messages.Format("fetch.diff.cell", ("cell", SafeText.Printable(change.Cell)), ("old", change.Old), ("new", change.New)));
            }

            if (diff.Changed > diff.Examples.Count)
            {
                text.AppendLine(Messages.Format("fetch.diff.more", ("n", diff.Changed - diff.Examples.Count)));
            }
        }

        return text.ToString();
    }
}
