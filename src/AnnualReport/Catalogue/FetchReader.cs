using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>
/// Reads <c>data.fetch</c>: the API, site, table, language and selection <c>annual-report fetch</c>
/// downloads the data file from. Every problem is a diagnostic with line and column; builds only
/// check it, they never go to the network.
/// </summary>
internal static class FetchReader
{
    private static readonly Dictionary<string, FetchApi> Apis = new()
    {
        ["pxwebapi2"] = FetchApi.PxWebApi2,
        ["pxweb1"] = FetchApi.PxWebApi1,
        ["eurostat"] = FetchApi.Eurostat,
    };

    /// <summary>The fetch block of a <c>data:</c> mapping, or null when it has none (or it is unusable).</summary>
    public static FetchSource? Read(YamlMapReader data, string file)
    {
        if (data.Map("fetch", required: false) is not { } map)
        {
            return null;
        }

        var api = map.RequiredEnum("api", Apis, FetchApi.PxWebApi2);
        var site = map.RequiredString("site");
        var table = map.RequiredString("table");
        var language = map.OptionalString("lang");
        var select = ReadSelect(map, api);
        map.ReportUnknownKeys();

        var bad = false;
        void Report(string key, YamlNode? node, params (string, object?)[] values)
        {
            bad = true;
            if (node is null)
            {
                map.Report("bad-fetch", Messages.Format(key, values), map.Where);
            }
            else
            {
                map.Report("bad-fetch", Messages.Format(key, values), node);
            }
        }

        if (site.Length > 0 && !(Uri.TryCreate(site, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)))
        {
            Report("fetch.catalogue.bad-site", map.Node("site"), ("value", SafeText.Excerpt(site)));
        }

        // The id becomes part of the request's path: letters, digits and _ - . only.
        if (table.Length > 0 && !table.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            Report("fetch.catalogue.bad-table", map.Node("table"), ("value", SafeText.Excerpt(table)));
        }

        if (language is not null && !(language.Length is >= 2 and <= 8 && language.All(char.IsAsciiLetter)))
        {
            Report("fetch.catalogue.bad-lang", map.Node("lang"), ("value", SafeText.Excerpt(language)));
        }

        if (api == FetchApi.PxWebApi1 && language is null)
        {
            Report("fetch.catalogue.lang-required", null);
        }

        // fetch writes JSON-stat 2.0, so the file the indicator reads must be a .json file.
        if (!file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            Report("fetch.catalogue.not-json", null, ("file", SafeText.Excerpt(file)));
        }

        return bad || site.Length == 0 || table.Length == 0 ? null : new FetchSource(api, site.TrimEnd('/'), table, language, select, map.Where);
    }

    /// <summary><c>select: {Kjonn: ["1", "2"], Tid: "top(10)"}</c>: codes or one expression per dimension.</summary>
    private static List<FetchSelection> ReadSelect(YamlMapReader map, FetchApi api)
    {
        var selections = new List<FetchSelection>();
        foreach (var (key, value) in map.Entries("select"))
        {
            var dimension = key.Value ?? string.Empty;
            var where = YamlMapReader.SpanOf(value, map.Where.File);
            switch (value)
            {
                case YamlSequenceNode list when list.Children.Count > 0 && list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                    selections.Add(new FetchSelection(dimension, list.Children.Select(c => ((YamlScalarNode)c).Value!).ToList(), null, where));
                    break;
                case YamlScalarNode { Value: { } text } when SelectionExpression.Parse(text) is { } expression:
                    if (api == FetchApi.Eurostat && expression.Kind is not SelectionKind.All && (expression.Kind == SelectionKind.Bottom || !EurostatTime(dimension)))
                    {
                        map.Report("bad-fetch", Messages.Format("fetch.catalogue.eurostat-expression", ("dimension", SafeText.Excerpt(dimension)), ("value", SafeText.Excerpt(text))), value);
                        break;
                    }

                    selections.Add(new FetchSelection(dimension, [], expression, where));
                    break;
                default:
                    map.Report("bad-fetch", Messages.Format("fetch.catalogue.bad-selection", ("dimension", SafeText.Excerpt(dimension))), value);
                    break;
            }
        }

        return selections;
    }

    /// <summary>Eurostat takes ranges of periods only in its time dimension (<c>sinceTimePeriod</c>, <c>untilTimePeriod</c>, <c>lastTimePeriod</c>).</summary>
    internal static bool EurostatTime(string dimension) => dimension.Equals("time", StringComparison.OrdinalIgnoreCase) || dimension.Equals("TIME_PERIOD", StringComparison.OrdinalIgnoreCase);
}
