using AnnualReport.Analysis;
using AnnualReport.Model;

namespace AnnualReport.Tests.Analysis;

public sealed class IndicatorAnalyserTests
{
    private static readonly SourceSpan Nowhere = SourceSpan.ForFile("test");
    private static readonly Group Immigrants = new("imm", "Innvandrere", Nowhere);

    private static Series SeriesOf(string group, params (int Year, double? Value)[] points) =>
        new("x", group, null, null, points.Select(p => new Observation(p.Year, group, p.Value, p.Value is null ? ".." : null, Provenance.Published, Nowhere)).ToList());

    [Fact]
    public void Latest_value_and_change_since_the_year_before()
    {
        var result = IndicatorAnalyser.AnalyseSeries(SeriesOf("imm", (2021, 68.9), (2022, 68.9), (2023, 68.2)), Immigrants, null);

        Assert.Equal(2023, result.Latest!.Year);
        Assert.Equal(68.2, result.Latest.Value);
        Assert.Equal(-0.7, result.ChangeFromPreviousYear!.Value, 10);
    }

    [Fact]
    public void Change_is_null_when_the_year_before_has_no_value()
    {
        var result = IndicatorAnalyser.AnalyseSeries(SeriesOf("imm", (2021, 50), (2022, null), (2023, 55)), Immigrants, null);

        Assert.Null(result.ChangeFromPreviousYear);
        Assert.Equal(2021, result.Previous!.Year);
        Assert.Equal(5, result.ChangeFromPrevious!.Value, 10);
    }

    [Fact]
    public void Latest_skips_trailing_missing_figures()
    {
        var result = IndicatorAnalyser.AnalyseSeries(SeriesOf("imm", (2022, 60), (2023, null)), Immigrants, null);

        Assert.Equal(2022, result.Latest!.Year);
    }

    [Fact]
    public void A_series_without_any_value_has_no_latest_and_no_change()
    {
        var result = IndicatorAnalyser.AnalyseSeries(SeriesOf("imm", (2023, null)), Immigrants, null);

        Assert.Null(result.Latest);
        Assert.Null(result.ChangeFromPreviousYear);
        Assert.Null(result.Gap);
    }

    [Fact]
    public void Gap_is_to_the_reference_group_in_the_same_year()
    {
        var reference = SeriesOf("rest", (2022, 79.8), (2023, 79.8));
        var result = IndicatorAnalyser.AnalyseSeries(SeriesOf("imm", (2022, 68.9), (2023, 68.2)), Immigrants, reference);

        Assert.Equal(-11.6, result.Gap!.Value, 10);
    }

    [Fact]
    public void Gap_is_null_when_the_reference_lacks_that_year()
    {
        var reference = SeriesOf("rest", (2022, 79.8));
        var result = IndicatorAnalyser.AnalyseSeries(SeriesOf("imm", (2023, 68.2)), Immigrants, reference);

        Assert.Null(result.Gap);
    }
}
