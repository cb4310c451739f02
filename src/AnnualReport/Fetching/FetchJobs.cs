using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// The files an edition fetches: one job per data file that an indicator (national or municipal)
/// gives a <c>data.fetch</c> block, inside the edition folder. Indicators that share a file must
/// ask for it the same way.
/// </summary>
public static class FetchJobs
{
    /// <summary>The jobs, or every problem as diagnostics (<c>bad-fetch</c>, <c>bad-option</c>, path rules).</summary>
    public static IReadOnlyList<FetchJob> From(IndicatorCatalogue catalogue, EditionFiles files, string? only, List<Diagnostic> diagnostics)
    {
        var indicators = catalogue.Indicators.Concat(catalogue.Municipalities?.Indicators ?? []).ToList();
        if (only is not null)
        {
            var chosen = indicators.FirstOrDefault(i => i.Id == only);
            if (chosen is null)
            {
                diagnostics.Add(Diagnostic.Error("bad-option", Messages.Format("fetch.unknown-indicator", ("id", SafeText.Excerpt(only)), ("known", SafeText.List(indicators.Where(i => i.Data.Fetch is not null).Select(i => i.Id).ToList()))), SourceSpan.ForFile("--indicator")));
                return [];
            }

            if (chosen.Data.Fetch is null)
            {
                diagnostics.Add(Diagnostic.Error("bad-option", Messages.Format("fetch.no-fetch-block", ("id", only)), chosen.Data.Where));
                return [];
            }

            indicators = [chosen];
        }

        var jobs = new List<FetchJob>();
        foreach (var group in indicators.Where(i => i.Data.Fetch is not null).GroupBy(i => i.Data.File, StringComparer.Ordinal))
        {
            var first = group.First();
            var source = first.Data.Fetch!;
            foreach (var other in group.Skip(1).Where(o => !Same(o.Data.Fetch!, source)))
            {
                diagnostics.Add(Diagnostic.Error("bad-fetch", Messages.Format("fetch.catalogue.conflict", ("file", SafeText.Excerpt(group.Key)), ("other", first.Id)), other.Data.Fetch!.Where));
            }

            // fetch writes here, so the file must lie inside the edition folder whatever --allow-outside-paths says.
            var inside = new EditionFiles(files.ContentDirectory, files.DisplayBase, allowOutside: false);
            if (inside.Resolve(group.Key, first.Data.Where, diagnostics) is { } path)
            {
                jobs.Add(new FetchJob(group.Select(i => i.Id).ToList(), source, path, files.Display(path)));
            }
        }

        return jobs;
    }

    private static bool Same(FetchSource a, FetchSource b) =>
        a.Api == b.Api && a.Site == b.Site && a.Table == b.Table && a.Language == b.Language && TableFetcher.Selection(a) == TableFetcher.Selection(b);
}
