namespace AnnualReport.Localization;

// TEMPORARY stub until the message catalogue branch (wt-cli) is merged; replaced then.
public static class Messages
{
    public static string Format(string key, params (string Name, object? Value)[] arguments) =>
        key + (arguments.Length == 0 ? string.Empty : " " + string.Join(", ", arguments.Select(a => $"{a.Name}={a.Value}")));
}
