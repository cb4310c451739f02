namespace AnnualReport.Model;

/// <summary>
/// Check digits of the standard numbers an edition may carry: ISBN-13 (ISO 2108; weights 1 and 3,
/// modulus 10) and ISSN (ISO 3297; weights 8 to 2, modulus 11, check digit X for 10). Hyphens and
/// spaces between the digits are allowed, as printed.
/// </summary>
public static class StandardNumbers
{
    /// <summary>Whether the text is an ISBN-13 with a correct check digit.</summary>
    public static bool IsIsbn13(string text)
    {
        var digits = Digits(text);
        if (digits is not { Length: 13 } || !digits.All(char.IsAsciiDigit) || !(digits.StartsWith("978", StringComparison.Ordinal) || digits.StartsWith("979", StringComparison.Ordinal)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10 == digits[12] - '0';
    }

    /// <summary>Whether the text is an ISSN (eight characters, the last a digit or X) with a correct check digit.</summary>
    public static bool IsIssn(string text)
    {
        var digits = Digits(text)?.ToUpperInvariant();
        if (digits is not { Length: 8 } || !digits[..7].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(digits[7]) || digits[7] == 'X'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (digits[i] - '0') * (8 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        return digits[7] == (check == 10 ? 'X' : (char)('0' + check));
    }

    /// <summary>The number without its hyphens and spaces, or null when it has anything else between the digits.</summary>
    private static string? Digits(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[0] == '-' || trimmed[^1] == '-' ? null : trimmed.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
    }
}
