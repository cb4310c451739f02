namespace AnnualReport.Data;

/// <summary>
/// Splits a PX key such as <c>VALUES[en]("region")</c> into keyword, language and subkey (the
/// variable name; <c>"a","b"</c> for keywords that name a cell). A key whose bracket or
/// parenthesis is never closed comes back whole, for the keyword check to report.
/// </summary>
internal static class PxKey
{
    public static (string Keyword, string? Language, string? Sub) Split(string raw)
    {
        string? sub = null;
        var paren = raw.IndexOf('(');
        if (paren >= 0)
        {
            var close = raw.LastIndexOf(')');
            if (close < paren)
            {
                // No closing parenthesis: the keyword check reports the key as it stands.
                return (raw, null, null);
            }

            var inner = raw[(paren + 1)..close];
            sub = inner.Trim().Trim('"');
            if (inner.Contains("\",\"", StringComparison.Ordinal))
            {
                sub = string.Join(",", inner.Split("\",\"").Select(s => s.Trim('"')));
            }

            raw = raw[..paren];
        }

        string? language = null;
        var bracket = raw.IndexOf('[');
        if (bracket >= 0)
        {
            var close = raw.IndexOf(']', bracket);
            if (close < 0)
            {
                return (raw, null, sub);
            }

            language = raw[(bracket + 1)..close];
            raw = raw[..bracket];
        }

        return (raw.Trim(), language, sub);
    }
}
