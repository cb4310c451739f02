using AnnualReport.Analysis;
using AnnualReport.Catalogue;
using AnnualReport.Data;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Analysis;

public sealed class ThemeSummaryTests
{
    [Fact]
    public void Every_main_indicator_is_counted_once_under_its_own_direction()
    {
        var catalogue = CatalogueLoader.Load(RepositoryPaths.Catalogue);
        var analysis = EditionAnalysis.Run(catalogue, DataLoader.Load(catalogue, EditionFiles.For(RepositoryPaths.SampleEdition)));

        foreach (var summary in analysis.Themes)
        {
            var counted = summary.Improving.Concat(summary.Stable).Concat(summary.Worsening).Concat(summary.NoClearTrend).Concat(summary.Undetermined).ToList();
            var main = catalogue.Indicators.Where(i => i.ThemeId == summary.ThemeId && i.Level == IndicatorLevel.Main && i.Polarity != Polarity.Neutral).Select(i => i.Id);
            Assert.Equal(main.Order(), counted.Order());
            foreach (var id in summary.NoClearTrend)
            {
                var headline = ThemeSummariser.Headline(catalogue, analysis.Indicators.Single(r => r.Indicator.Id == id))!;
                Assert.Equal(Direction.NoClearTrend, headline.Direction);
            }
        }

        Assert.Contains(analysis.Themes, t => t.NoClearTrend.Count > 0);
    }
}
