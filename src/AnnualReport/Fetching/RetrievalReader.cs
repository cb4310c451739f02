using System.Globalization;
using System.Security.Cryptography;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// Reads the provenance records <c>fetch</c> left beside the data files, without any network, and
/// gives each indicator whose file is still the one fetched its <see cref="Retrieval"/>. A file
/// changed by hand since loses it: the publication then no longer claims it came from the API.
/// </summary>
public static class RetrievalReader
{
    public static IndicatorCatalogue Attach(IndicatorCatalogue catalogue, EditionFiles files)
    {
        var found = new Dictionary<string, Retrieval?>(StringComparer.Ordinal);
        Indicator With(Indicator indicator)
        {
            if (!found.TryGetValue(indicator.Data.File, out var retrieval))
            {
                retrieval = Read(indicator.Data, files);
                found[indicator.Data.File] = retrieval;
            }

            return retrieval is null ? indicator : indicator with { Data = indicator.Data with { Retrieved = retrieval } };
        }

        var indicators = catalogue.Indicators.Select(With).ToList();
        return found.Values.All(r => r is null)
            ? catalogue
            : catalogue with { Indicators = indicators };
    }

    private static Retrieval? Read(DataSource data, EditionFiles files)
    {
        if (data.File.Length == 0 || files.Resolve(data.File, data.Where, []) is not { } path)
        {
            return null;
        }

        if (FetchRecordFile.TryRead(FetchRecord.PathFor(path)) is not { } record || !File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == record.Sha256
                ? new Retrieval(DateOnly.FromDateTime(record.Retrieved.UtcDateTime), record.Table)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The retrieval date as the templates' <c>date</c> function takes it.</summary>
    public static string Iso(Retrieval retrieval) => retrieval.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
