using System.Net.Http.Headers;
using System.Text;

namespace AnnualReport.Fetching;

/// <summary>One request to an API: GET, or POST with a JSON body (the older PxWeb API's query).</summary>
public sealed record ApiRequest(Uri Url, string? JsonBody = null)
{
    /// <summary>A new message each try: a sent message cannot be sent again.</summary>
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(JsonBody is null ? HttpMethod.Get : HttpMethod.Post, Url);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (JsonBody is not null)
        {
            message.Content = new StringContent(JsonBody, Encoding.UTF8, "application/json");
        }

        return message;
    }

    /// <summary>How the request is written in the provenance record and in messages.</summary>
    public override string ToString() => JsonBody is null ? Url.AbsoluteUri : $"POST {Url.AbsoluteUri}";
}
