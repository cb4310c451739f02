namespace AnnualReport.Analysis;

/// <summary>
/// Why a figure could not be computed, as data: a phrase-book key under <c>analysis.reasons.</c>
/// and its arguments (years, counts, a status symbol). The words are the phrase book's, in the
/// language of the page or file that shows the reason.
/// </summary>
public sealed record Reason(string Key, IReadOnlyDictionary<string, object> Arguments)
{
    public static Reason Of(string key, params (string Name, object Value)[] arguments) =>
        new(key, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));

    public bool Equals(Reason? other) =>
        other is not null && Key == other.Key && Arguments.Count == other.Arguments.Count
        && Arguments.All(a => other.Arguments.TryGetValue(a.Key, out var v) && Equals(v, a.Value));

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
