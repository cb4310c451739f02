using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>The API speaker for a fetch block.</summary>
internal static class TableApis
{
    public static ITableApi For(FetchSource source) => source.Api switch
    {
        FetchApi.PxWebApi2 => new PxWebApi2Table(source),
        FetchApi.PxWebApi1 => new PxWebApi1Table(source),
        _ => new EurostatTable(source),
    };
}
