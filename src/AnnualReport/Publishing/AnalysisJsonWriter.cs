using System.Text.Encodings.Web;
using System.Text.Json;
using AnnualReport.Analysis;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// Writes <c>analysis.json</c>: every figure the pages show, as the analysis computed it, in a
/// stable order with numbers rounded to six decimals (no floating-point noise), missing as null,
/// and the reason a figure is missing under <c>why</c>: per field its code (the phrase-book key,
/// the same in every language) and its text in the build's language. For an indicator published by
/// quarter, month or half-year every series carries <c>frequency</c>, and each period is written as
/// its code ("2024Q2", "2024M03", "2024H1") where a yearly series has its year as a number; its
/// slope is still per year.
/// </summary>
public static class AnalysisJsonWriter
{
    /// <summary>The analysis as JSON; with <paramref name="stamp"/>, the build that wrote it too (<c>build</c>: date, fingerprint, draft, its number and what it was compared with), which <c>--since</c> reads.</summary>
    /// <param name="choices">The editors' pinned and dropped key findings; the findings are written as chosen with them (<c>findings</c>).</param>
    public static string Write(IndicatorCatalogue catalogue, EditionAnalysis analysis, PhraseBook phrases, BuildStamp? stamp = null, FindingChoices? choices = null)
    {
        var (results, themes) = (analysis.Indicators, analysis.Themes);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", catalogue.Edition.Title);
            json.WriteNumber("edition", catalogue.Edition.Year);
            if (stamp is not null)
            {
                json.WriteStartObject("build");
                json.WriteString("date", stamp.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("fingerprint", stamp.Fingerprint);
                json.WriteBoolean("draft", stamp.Draft);
                json.WriteString("label", stamp.Label);
                json.WriteString("since", stamp.Since);
                json.WriteEndObject();
            }

            json.WriteStartArray("series");
            foreach (var result in results)
            {
                foreach (var series in result.Series)
                {
                    WriteSeries(json, result.Indicator, series, phrases);
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("themes");
            foreach (var theme in themes)
            {
                WriteTheme(json, theme);
            }

            json.WriteEndArray();
            json.WriteStartArray("standardised");
            foreach (var standardised in analysis.Standardised)
            {
                WriteStandardised(json, standardised);
            }

            json.WriteEndArray();

            // The key findings as the pages show them, by the rules of KeyFindings: which indicator, series and rule.
            choices ??= FindingChoices.None;
            json.WriteStartObject("findings");
            WriteFindings(json, "front", KeyFindings.Select(catalogue, results, choices), catalogue);
            json.WriteStartObject("themes");
            foreach (var theme in catalogue.Themes)
            {
                WriteFindings(json, theme.Id, KeyFindings.ForTheme(catalogue, results, choices, theme.Id), catalogue);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteFindings(Utf8JsonWriter json, string name, IReadOnlyList<KeyFinding> findings, IndicatorCatalogue catalogue)
    {
        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("indicator", finding.Indicator);
            json.WriteString("kind", finding.Kind);
            json.WriteString("group", finding.Series.Series.GroupId);
            Period(json, "year", finding.Series.Latest!.Year, catalogue.Indicators.FirstOrDefault(i => i.Id == finding.Indicator)?.PerYear ?? 1);
            json.WriteNumber("score", Math.Round(finding.Score, 6));
            json.WriteBoolean("pinned", finding.Pinned);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSeries(Utf8JsonWriter json, Indicator indicator, SeriesResult s, PhraseBook phrases)
    {
        json.WriteStartObject();
        json.WriteString("indicator", indicator.Id);
        json.WriteString("group", s.Series.GroupId);
        json.WriteString("breakdown", s.Series.Breakdown);
        json.WriteString("category", s.Series.Category);
        json.WriteString("unit", UnitName(indicator.Unit));
        var perYear = indicator.PerYear;
        if (indicator.SubAnnual)
        {
            json.WriteString("frequency", PeriodAxis.Name(perYear));
        }

        json.WriteStartArray("points");
        foreach (var point in s.Series.Observations)
        {
            json.WriteStartObject();
            Period(json, "year", point.Year, perYear);
            Number(json, "value", point.Value);
            json.WriteString("status", point.Status);
            json.WriteString("provenance", point.Provenance == Provenance.Published ? "published" : "illustrative");
            Number(json, "low", point.Low);
            Number(json, "high", point.High);
            if (point.Value.HasValue && point.Flags.Count > 0)
            {
                // The source's flags by meaning (provisional, break …), only where a figure has any.
                json.WriteStartArray("flags");
                foreach (var flag in point.Flags)
                {
                    json.WriteStringValue(flag);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        Number(json, "latest", s.Latest?.Value);
        Period(json, "latestYear", s.Latest?.Year, perYear);
        Number(json, "change1", s.Change1);
        Number(json, "change5", s.Change5);
        Number(json, "change10", s.Change10);
        Number(json, "changeBaseline", s.ChangeBaseline);
        Number(json, "changeSinceBreak", s.SinceBreak?.Change);
        Period(json, "breakFrom", s.SinceBreak?.From, perYear);
        Number(json, "slope", s.Trend?.Slope * perYear);
        Number(json, "slopeLow", s.Trend?.Low * perYear);
        Number(json, "slopeHigh", s.Trend?.High * perYear);
        Period(json, "trendFrom", s.Trend?.FromYear, perYear);
        Period(json, "trendTo", s.Trend?.ToYear, perYear);
        json.WriteString("direction", s.Direction is { } d ? DirectionRule.Name(d) : null);
        Number(json, "gap", s.Gap);
        Number(json, "gapRatio", s.GapRatio);
        Number(json, "gapChange5", s.GapChange5);
        Number(json, "gapChange10", s.GapChange10);
        json.WriteString("gapTrend", GapRule.Judge(s, indicator) is { } t ? GapRule.Name(t) : null);
        if (s.Goal is { } goal)
        {
            json.WriteStartObject("goal");
            Number(json, "target", goal.Target);
            Number(json, "by", goal.By);
            Number(json, "distance", goal.Distance);
            json.WriteBoolean("reached", goal.Reached);
            Number(json, "projected", goal.Projected);
            if (goal.OnTrack is { } onTrack)
            {
                json.WriteBoolean("onTrack", onTrack);
            }
            else
            {
                json.WriteNull("onTrack");
            }

            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("goal");
        }

        json.WriteStartObject("why");
        foreach (var (field, reason) in s.Why.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(field);
            json.WriteString("code", reason.Key);
            json.WriteString("text", ReasonText.For(reason, phrases, perYear));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStandardised(Utf8JsonWriter json, StandardisedResult s)
    {
        json.WriteStartObject();
        json.WriteString("indicator", s.IndicatorId);
        json.WriteString("group", s.GroupId);
        json.WriteString("breakdown", s.Standard.Breakdown);
        json.WriteString("standardGroup", s.Standard.Group);
        json.WriteNumber("standardYear", s.Standard.Year);
        json.WriteBoolean("illustrative", s.Illustrative);
        json.WriteStartArray("years");
        foreach (var (year, crude, standardised) in s.Years)
        {
            json.WriteStartObject();
            json.WriteNumber("year", year);
            Number(json, "crude", crude);
            Number(json, "standardised", standardised);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (s.Change is { } change)
        {
            json.WriteStartObject("decomposition");
            json.WriteNumber("from", change.FromYear);
            json.WriteNumber("to", change.ToYear);
            Number(json, "total", change.Total);
            Number(json, "composition", change.CompositionPart);
            Number(json, "outcome", change.OutcomePart);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("decomposition");
        }

        json.WriteEndObject();
    }

    private static void WriteTheme(Utf8JsonWriter json, ThemeSummary theme)
    {
        json.WriteStartObject();
        json.WriteString("theme", theme.ThemeId);
        foreach (var (name, ids) in new[]
        {
            ("improving", theme.Improving), ("stable", theme.Stable), ("worsening", theme.Worsening), ("noClearTrend", theme.NoClearTrend), ("undetermined", theme.Undetermined),
            ("gapsNarrowed", theme.GapsNarrowed), ("gapsWidened", theme.GapsWidened), ("gapsUnchanged", theme.GapsUnchanged),
        })
        {
            json.WriteStartArray(name);
            foreach (var id in ids)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A year as a number, or for an indicator published by period its code ("2024Q2").</summary>
    private static void Period(Utf8JsonWriter json, string name, int? place, int perYear)
    {
        if (place is not { } p)
        {
            json.WriteNull(name);
        }
        else if (perYear == 1)
        {
            json.WriteNumber(name, p);
        }
        else
        {
            json.WriteString(name, PeriodAxis.Code(p, perYear));
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string UnitName(Unit unit) => unit switch
    {
        Unit.Percent => "percent",
        Unit.PercentagePoints => "percentagePoints",
        Unit.Count => "count",
        Unit.Nok => "nok",
        _ => "perThousand",
    };
}
