using System.Text;
using System.Text.Json;
using AnnualReport.Model;

namespace AnnualReport.Fetching;

/// <summary>
/// What an API says in an error's body, in one line: PxWebApi 2's Problem (RFC 9457:
/// <c>title</c>, <c>detail</c>), Eurostat's <c>error</c> (<c>label</c>), or the older PxWeb API's
/// plain text.
/// </summary>
internal static class ApiError
{
    public static string Describe(byte[] body, string? reason)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096)).Trim();
        try
        {
            using var document = JsonDocument.Parse(body);
            if (Find(document.RootElement) is { Length: > 0 } found)
            {
                return SafeText.Excerpt(found, 200);
            }
        }
        catch (JsonException)
        {
            // Not JSON: the older PxWeb API answers errors as plain text.
        }

        return SafeText.Excerpt(text.Length > 0 ? text.Split('\n', 2)[0] : reason ?? string.Empty, 200);
    }

    private static string? Find(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("error", out var error) => Find(error),
        JsonValueKind.Object => Join(Text(element, "title"), Text(element, "detail") ?? Text(element, "label") ?? Text(element, "message")),
        JsonValueKind.Array when element.GetArrayLength() > 0 => Find(element[0]),
        JsonValueKind.String => element.GetString(),
        _ => null,
    };

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Join(string? title, string? detail) =>
        title is null ? detail : detail is null ? title : $"{title}: {detail}";
}
