namespace AnnualReport.Model;

/// <summary>The statistics APIs <c>fetch</c> speaks.</summary>
public enum FetchApi
{
    /// <summary>PxWebApi 2 (SSB, SCB and other PxWeb sites): GET <c>/tables/{id}/data</c> answering JSON-stat 2.0.</summary>
    PxWebApi2,

    /// <summary>The older PxWeb API (v1, SSB's <c>/api/v0</c>): POST a JSON query to <c>/{lang}/table/{id}</c>.</summary>
    PxWebApi1,

    /// <summary>Eurostat's statistics API 1.0: GET <c>/data/{dataset}?dim=code…</c> answering JSON-stat 2.0.</summary>
    Eurostat,
}
