using System.Text.Json;
using AnnualReport.Localization;

namespace AnnualReport.Fetching;

/// <summary>Reads an API's JSON answer; an answer that is not what was asked for is a <see cref="FetchException"/>.</summary>
internal static class JsonBody
{
    public static T Read<T>(byte[] body, Func<byte[], T> read, Uri url)
    {
        try
        {
            return read(body);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new FetchException(Messages.Format("fetch.bad-answer", ("url", url.AbsoluteUri), ("detail", Model.SafeText.Excerpt(e.Message.Split('\n', 2)[0], 200))), e);
        }
    }
}
