using System.Globalization;
using System.Text.RegularExpressions;

namespace AnnualReport.Model;

/// <summary>
/// A selection written as an expression instead of codes, in the spelling of PxWebApi 2's
/// <c>valueCodes</c> (<c>*</c>, <c>top(n)</c>, <c>bottom(n)</c>, <c>from(code)</c>, <c>to(code)</c>).
/// <c>fetch</c> resolves it against the table's own list of categories and asks for the codes, so
/// every API gets the same meaning: <c>top(n)</c> is the last n categories in the table's order
/// (the n latest periods of a time dimension), <c>bottom(n)</c> the first n, <c>from</c>/<c>to</c>
/// include the code named.
/// </summary>
public sealed partial record SelectionExpression(SelectionKind Kind, int Count, string? Code)
{
    /// <summary>The expression as written in the catalogue and the provenance record.</summary>
    public override string ToString() => Kind switch
    {
        SelectionKind.All => "*",
        SelectionKind.Top => $"top({Count.ToString(CultureInfo.InvariantCulture)})",
        SelectionKind.Bottom => $"bottom({Count.ToString(CultureInfo.InvariantCulture)})",
        SelectionKind.From => $"from({Code})",
        _ => $"to({Code})",
    };

    /// <summary>Parses an expression (case-insensitive); null when the text is not one.</summary>
    public static SelectionExpression? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed == "*")
        {
            return new SelectionExpression(SelectionKind.All, 0, null);
        }

        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            return null;
        }

        var argument = match.Groups["argument"].Value.Trim();
        return match.Groups["kind"].Value.ToLowerInvariant() switch
        {
            "top" or "bottom" when int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100_000 =>
                new SelectionExpression(match.Groups["kind"].Value.Equals("top", StringComparison.OrdinalIgnoreCase) ? SelectionKind.Top : SelectionKind.Bottom, n, null),
            "from" when argument.Length > 0 => new SelectionExpression(SelectionKind.From, 0, argument),
            "to" when argument.Length > 0 => new SelectionExpression(SelectionKind.To, 0, argument),
            _ => null,
        };
    }

    /// <summary>The codes of <paramref name="available"/> (in the table's order) this expression selects; empty when a code it names is not there.</summary>
    public IReadOnlyList<string> Resolve(IReadOnlyList<string> available)
    {
        switch (Kind)
        {
            case SelectionKind.All:
                return available;
            case SelectionKind.Top:
                return available.Skip(Math.Max(0, available.Count - Count)).ToList();
            case SelectionKind.Bottom:
                return available.Take(Count).ToList();
            default:
                var at = available.ToList().IndexOf(Code!);
                return at < 0 ? [] : Kind == SelectionKind.From ? available.Skip(at).ToList() : available.Take(at + 1).ToList();
        }
    }

    [GeneratedRegex(@"^(?<kind>[A-Za-z]+)\((?<argument>[^()]*)\)$")]
    private static partial Regex Pattern();
}
