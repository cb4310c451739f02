using AnnualReport.Fetching;
using AnnualReport.Model;
using AnnualReport.Tests.Support;

namespace AnnualReport.Tests.Fetching;

/// <summary>A test server with SSB's table as the sample edition has it, a data folder, and a fetcher on a manual clock.</summary>
internal sealed class FetchSetup : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public FetchSetup(FetchSettings? settings = null)
    {
        Server.AddTable("05300", Path.Combine(RepositoryPaths.SampleEdition, "data", "befolkning.json"));
        Client = new ApiClient(_http, settings ?? Quick, Clock);
        Fetcher = new TableFetcher(Client, Clock);
    }

    /// <summary>Short enough that a timeout test takes a fraction of a second; the waits between tries cost nothing on the manual clock.</summary>
    public static FetchSettings Quick { get; } = new(TimeSpan.FromSeconds(10), 3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(60));

    public StatisticsApiServer Server { get; } = new();

    public TempDirectory Temp { get; } = new();

    public ManualFetchClock Clock { get; } = new();

    public ApiClient Client { get; }

    public TableFetcher Fetcher { get; }

    public static FetchSelection Select(string dimension, params string[] codes) =>
        codes is [var one] && SelectionExpression.Parse(one) is { } expression
            ? new FetchSelection(dimension, [], expression, SourceSpan.ForFile("test"))
            : new FetchSelection(dimension, codes, null, SourceSpan.ForFile("test"));

    public FetchJob Job(FetchApi api, string table, string file, params FetchSelection[] select)
    {
        var site = api switch
        {
            FetchApi.PxWebApi2 => Server.PxWebApi2,
            FetchApi.PxWebApi1 => Server.PxWeb1,
            _ => Server.Eurostat,
        };
        var source = new FetchSource(api, site, table, api == FetchApi.Eurostat ? "en" : "no", select, SourceSpan.ForFile("indicators.yaml"));
        var path = Path.Combine(Temp.Path, "data", file);
        return new FetchJob(["befolkning"], source, path, $"data/{file}");
    }

    public FetchJob Ssb(string file = "05300.json") =>
        Job(FetchApi.PxWebApi2, "05300", file, Select("InnvandrKat", "B", "C"), Select("ContentsCode", "Personer"), Select("Tid", "top(10)"));

    public Task<FetchOutcome> FetchAsync(FetchJob job, bool force = false) => Fetcher.FetchAsync(job, force, CancellationToken.None);

    public void Dispose()
    {
        Server.Dispose();
        Temp.Dispose();
        _http.Dispose();
    }
}
