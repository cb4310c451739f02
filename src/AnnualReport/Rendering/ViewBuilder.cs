using AnnualReport.Analysis;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>Turns the analysis results into the formatted template model.</summary>
internal sealed class ViewBuilder(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorResult> results, IReadOnlyDictionary<string, string> charts)
{
    private readonly NumberText _numbers = new(catalogue.Edition.Culture);

    public static string ThemeHref(Theme theme) => $"{theme.Id}.html";

    public IReadOnlyList<ThemeView> Themes() =>
        catalogue.Themes.Select(theme => new ThemeView(
            theme.Id,
            theme.Title,
            theme.Intro,
            ThemeHref(theme),
            results.Where(r => r.Indicator.ThemeId == theme.Id).Select(Indicator).ToList())).ToList();

    public IReadOnlyList<KeyFigureView> KeyFigures() =>
        results.Where(r => r.Indicator.Level == IndicatorLevel.Main)
            .Select(r => (Result: r, First: r.Series.FirstOrDefault(s => s.Latest is not null)))
            .Where(x => x.First is not null)
            .Select(x => new KeyFigureView(
                x.Result.Indicator.Title,
                $"{ThemeHref(catalogue.Themes.First(t => t.Id == x.Result.Indicator.ThemeId))}#{x.Result.Indicator.Id}",
                x.First!.Group.Label,
                Latest(x.Result.Indicator, x.First),
                x.First.Latest!.Year.ToString(catalogue.Edition.Culture),
                Change(x.Result.Indicator, x.First).Text,
                Change(x.Result.Indicator, x.First).Label))
            .ToList();

    private IndicatorView Indicator(IndicatorResult result)
    {
        var indicator = result.Indicator;
        var reference = catalogue.FindGroup(catalogue.Edition.ReferenceGroup)!;
        var figures = result.Series.Where(s => s.Latest is not null).Select(s =>
        {
            var change = Change(indicator, s);
            var gap = s.Gap is { } g ? $"{_numbers.Change(g, indicator.Decimals)} {NumberText.ChangeUnit(indicator.Unit)} mot {reference.Label.ToLower(catalogue.Edition.Culture)}" : null;
            return new GroupFigureView(s.Group.Label, Latest(indicator, s), s.Latest!.Year.ToString(catalogue.Edition.Culture), change.Text, change.Label, gap);
        }).ToList();

        return new IndicatorView(
            indicator.Id,
            indicator.Title,
            indicator.Definition,
            charts[indicator.Id],
            NumberText.AxisTitle(indicator.Unit),
            figures,
            Table(result),
            indicator.Source.Name,
            indicator.Source.Table,
            indicator.Source.Url,
            indicator.Provenance == Provenance.Illustrative,
            null);
    }

    private string Latest(Indicator indicator, SeriesResult s) =>
        _numbers.Value(s.Latest!.Value!.Value, indicator.Decimals) + NumberText.ValueSuffix(indicator.Unit);

    /// <summary>The change since the year before when that year has a figure, else since the previous observation.</summary>
    private (string Text, string Label) Change(Indicator indicator, SeriesResult s)
    {
        var unit = NumberText.ChangeUnit(indicator.Unit);
        if (s.ChangeFromPreviousYear is { } yearly)
        {
            return ($"{_numbers.Change(yearly, indicator.Decimals)} {unit}", $"siden {s.Latest!.Year - 1}");
        }

        if (s.Previous is not null)
        {
            return ($"{_numbers.Change(s.ChangeFromPrevious, indicator.Decimals)} {unit}", $"siden forrige måling ({s.Previous.Year})");
        }

        return ("–", "ingen tidligere tall");
    }

    private TableView Table(IndicatorResult result)
    {
        var indicator = result.Indicator;
        var years = result.Data.Series.SelectMany(s => s.Observations).Select(o => o.Year).Distinct().Order().ToList();
        var rows = years.Select(year => new TableRowView(
            year.ToString(catalogue.Edition.Culture),
            result.Data.Series.Select(s =>
            {
                var o = s.Observations.FirstOrDefault(x => x.Year == year);
                return o is null ? ".." : _numbers.Value(o.Value, o.Status, indicator.Decimals);
            }).ToList())).ToList();
        var columns = result.Series.Select(s => s.Group.Label).ToList();
        return new TableView($"{indicator.Title}. {NumberText.AxisTitle(indicator.Unit)}", columns, rows);
    }
}
