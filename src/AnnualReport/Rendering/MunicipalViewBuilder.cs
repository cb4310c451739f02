using System.Globalization;
using AnnualReport.Charts;
using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Municipal;

namespace AnnualReport.Rendering;

/// <summary>
/// Turns fact sheets and the statistics bank into template data: figures as numbers with their
/// decimals and unit, choices as phrase keys. It writes no word; the templates do, in the
/// edition's language.
/// </summary>
internal sealed class MunicipalViewBuilder(IndicatorCatalogue catalogue, MunicipalAnalysis analysis, PhraseBook phrases)
{
    private readonly CultureInfo _culture = phrases.Culture;
    private readonly Formats _formats = new(phrases);

    public FactSheetView FactSheet(FactSheet sheet)
    {
        var settings = catalogue.Municipalities!;
        var population = sheet.Rows
            .Where(r => r.Indicator.Id == settings.Population && r.Municipality?.Value is not null)
            .Select(r => new PopulationView(Label(r.Group), r.Municipality!.Numerator, r.Municipality.Value!.Value, r.Indicator.Decimals, Formats.UnitKey(r.Indicator.Unit), r.Year) { Flags = r.Municipality.PublishedFlags })
            .ToList();
        var settled = sheet.Rows
            .Where(r => r.Indicator.Id == settings.Settled && r.Municipality?.Value is not null)
            .Select(r => new SettledView(r.Year, r.Municipality!.Value!.Value) { Flags = r.Municipality.PublishedFlags })
            .ToList();
        var countries = catalogue.FindBreakdown("land");
        var backgrounds = sheet.Backgrounds.Select(b => new BackgroundView(countries?.FindCategory(b.Country)?.Label ?? b.Country, b.Count)).ToList();
        var rows = sheet.Rows.Where(r => r.Indicator.Id != settings.Population && r.Indicator.Id != settings.Settled).Select(r => Row(sheet, r)).ToList();
        return new FactSheetView(
            sheet.Municipality.Code, sheet.Municipality.Name, sheet.County, sheet.Municipality.Group, population, settled, backgrounds,
            sheet.Sentences.Select(Sentence).ToList(), rows,
            sheet.Rows.SelectMany(r => r.History).Any(o => o.Provenance == Provenance.Illustrative));
    }

    public BankView Bank(IndicatorData data)
    {
        var indicator = data.Indicator;
        var group = indicator.Groups[0];
        var year = data.Series.Where(s => s.IsTotal).SelectMany(s => s.Observations).Select(o => o.Year).DefaultIfEmpty(0).Max();
        Observation? At(string? breakdown, string? category) =>
            data.Series.FirstOrDefault(s => s.GroupId == group && s.Breakdown == breakdown && s.Category == category)?.Observations.FirstOrDefault(o => o.Year == year);
        string Compared(string region) => Significance(analysis.Comparison.Find(indicator.Id, group, region, year)?.Verdict);

        // The country is not compared with itself: its row has no comparison.
        var country = At(null, null);
        var rows = new List<BankRowView> { new(analysis.Geography.CountryCode, analysis.Geography.CountryName ?? phrases.Get("municipal.country"), string.Empty, CellView.Of(country), country?.Low, country?.High, string.Empty, true) };
        rows.AddRange(analysis.Geography.Counties.Select(c =>
        {
            var o = At(MunicipalData.Counties, c.Code);
            return new BankRowView(c.Code, c.Name, c.Name, CellView.Of(o), o?.Low, o?.High, Compared(c.Code), true);
        }));
        rows.AddRange(analysis.Geography.Municipalities.Select(m =>
        {
            var o = At(MunicipalData.CountyBreakdown(m.CountyCode), m.Code);
            return new BankRowView(m.Code, m.Name, Geography.Plain(m.County), CellView.Of(o), o?.Low, o?.High, Compared(m.Code), false);
        }));
        return new BankView(indicator.Id, BankFile(phrases, indicator.Id), indicator.Title, indicator.Definition, year, Formats.UnitKey(indicator.Unit), indicator.Decimals, rows, indicator.Source.Name);
    }

    /// <summary>The numbers the notes under the tables state.</summary>
    public static MunicipalMethodView Method(IndicatorCatalogue catalogue)
    {
        var comparison = catalogue.Municipalities?.Comparison ?? ComparisonSettings.Default;
        var level = comparison.Level * 100;
        var decimals = Enumerable.Range(0, 3).FirstOrDefault(d => Math.Abs(Math.Round(level, d) - level) < 1e-9, 2);
        var method = comparison.Method switch
        {
            MultipleTesting.BenjaminiHochberg => "benjamini-hochberg",
            MultipleTesting.Bonferroni => "bonferroni",
            _ => "none",
        };
        return new MunicipalMethodView(level, decimals, method, catalogue.Disclosure.MinCount, catalogue.Disclosure.MaxIntervalWidth);
    }

    /// <summary>A statistics bank page's file name: the bank's name in the language and the indicator's id (<c>statistikkbank-kIntro.html</c>).</summary>
    public static string BankFile(PhraseBook phrases, string indicatorId) =>
        SafeUrl.Page($"{Path.GetFileNameWithoutExtension(PageFiles.Name(phrases, "bank"))}-{indicatorId}.html");

    private FactRowView Row(FactSheet sheet, FactRow row)
    {
        var indicator = row.Indicator;
        var points = row.History.Select(o => new ChartPoint(o.Year, o.Value) { Flags = o.PublishedFlags }).ToList();
        var sparkline = Sparkline.Render(new SparklineSpec($"spark-{sheet.Municipality.Code}-{indicator.Id}-{row.Group}", $"{indicator.Title}, {sheet.Municipality.Name}", indicator.Decimals, points, indicator.Interval), _formats);
        return new FactRowView(
            indicator.Title,
            Label(row.Group),
            row.Year,
            indicator.Decimals,
            CellView.Of(row.Municipality),
            row.Municipality?.Low,
            row.Municipality?.High,
            CellView.Of(row.County),
            CellView.Of(row.Country),
            row.ComparisonGroup is { } g ? CellView.Of(g) : null,
            row.Adjusted?.Rate,
            Significance(row.Significance),
            new TrustedHtml(sparkline));
    }

    private FactSentenceView Sentence(FactSentence sentence)
    {
        var row = sentence.Row;
        var indicator = row.Indicator;
        var adjusted = sentence.Kind == FactSentenceKind.Adjusted ? row.Adjusted : null;
        var by = adjusted is not null && indicator.Analysis.Standard is { } standard ? catalogue.FindBreakdown(standard.Breakdown)?.Label ?? string.Empty : string.Empty;
        return new FactSentenceView(
            Kind(sentence.Kind),
            InSentence(indicator.Title),
            Label(row.Group),
            indicator.Groups.Count > 1,
            row.Year,
            indicator.Decimals,
            Formats.UnitKey(indicator.Unit),
            adjusted?.Rate ?? row.Municipality?.Value,
            sentence.Rest,
            adjusted?.ObservedOverExpected,
            by)
        {
            // The adjusted rate is the program's own figure, not the source's: it carries no flags.
            Flags = adjusted is null ? row.Municipality?.PublishedFlags ?? [] : [],
        };
    }

    private static string Kind(FactSentenceKind kind) => kind switch
    {
        FactSentenceKind.Confidential => "confidential",
        FactSentenceKind.Uncertain => "uncertain",
        FactSentenceKind.NewBorders => "new-borders",
        FactSentenceKind.NotApplicable => "not-applicable",
        FactSentenceKind.Missing => "missing",
        FactSentenceKind.Higher => "higher",
        FactSentenceKind.Lower => "lower",
        FactSentenceKind.NotDifferent => "not-different",
        FactSentenceKind.Adjusted => "adjusted",
        _ => "value",
    };

    private static string Significance(Significance? significance) =>
        significance is { } s ? MunicipalTable.SignificanceKey(s) : string.Empty;

    private string Label(string group) => catalogue.FindGroup(group)!.Label;

    /// <summary>A title inside a sentence: a small first letter, unless the title starts with an acronym.</summary>
    private string InSentence(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLower(title[0], _culture) + title[1..] : title;
}
