using System.Globalization;
using System.Text;

namespace AnnualReport.Rendering;

/// <summary>
/// Text from the input written into CSS (the print document's running headers): as a quoted
/// string or as an identifier, every character that could end the string, the rule or the
/// <c>&lt;style&gt;</c> element written as a CSS escape.
/// </summary>
internal static class Css
{
    /// <summary>A CSS string literal: quotes, backslashes, line breaks and <c>&lt;</c> escaped.</summary>
    public static string String(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                Escape(css, c);
            }
            else
            {
                css.Append(c);
            }
        }

        return css.Append('"').ToString();
    }

    /// <summary>A CSS identifier: letters, digits, <c>-</c> and <c>_</c> as they are, anything else escaped.</summary>
    public static string Identifier(string text)
    {
        var css = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var plain = char.IsAsciiLetter(c) || c is '_' or '-' || (char.IsAsciiDigit(c) && i > 0) || (c > 0x7F && char.IsLetterOrDigit(c));
            if (plain)
            {
                css.Append(c);
            }
            else
            {
                Escape(css, c);
            }
        }

        return css.ToString();
    }

    // The trailing space ends the escape, so a following hex digit is not read as part of it.
    private static void Escape(StringBuilder css, char c) => css.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
}
