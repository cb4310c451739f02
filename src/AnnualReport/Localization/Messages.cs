namespace AnnualReport.Localization;

/// <summary>
/// The program's messages in the current <see cref="UiLanguage"/>:
/// <c>Messages.Format("csv.bad-row.columns", ("found", 3), ("expected", 4))</c>. The texts live
/// in <c>Messages/nb.yaml</c> and <c>Messages/en.yaml</c>, never in the code.
/// </summary>
public static class Messages
{
    private static readonly Lazy<MessageCatalogue> Bokmal = new(() => MessageCatalogue.Load(UiLanguage.Bokmal));
    private static readonly Lazy<MessageCatalogue> English = new(() => MessageCatalogue.Load(UiLanguage.English));

    /// <summary>The catalogue of a language.</summary>
    public static MessageCatalogue For(string language) =>
        language == UiLanguage.English ? English.Value : Bokmal.Value;

    /// <summary>The catalogue of the current UI language.</summary>
    public static MessageCatalogue Current => For(UiLanguage.Current);

    /// <summary>The message of <paramref name="key"/> in the UI language, its placeholders filled.</summary>
    public static string Format(string key, params ReadOnlySpan<(string Name, object? Value)> args) =>
        Current.Format(key, args);

    /// <summary>A number a person reads (a sum, a size), in the UI language's culture: 1,5 in bokmål, 1.5 in English.</summary>
    public static string Number(double value, string format = "0.###") =>
        value.ToString(format, UiLanguage.Culture);
}
