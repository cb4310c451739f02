using System.Collections;
using System.Text;
using Scriban;
using Scriban.Parsing;

namespace AnnualReport.Rendering;

/// <summary>
/// The Scriban context every page renders in: whatever an expression writes is HTML-escaped
/// unless it is <see cref="TrustedHtml"/>; null, empty text and empty lists are false in
/// <c>if</c> (so <c>if indicator.breaks</c> means "has breaks"), while 0 stays true, since a
/// change of 0 is a figure.
/// </summary>
internal sealed class TemplateContextHtml : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml html => base.Write(span, html.Html),
        string text => base.Write(span, Escape(text)),
        _ => base.Write(span, Escape(ObjectToString(textAsObject) ?? string.Empty)),
    };

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        string text => text.Length > 0,
        TrustedHtml html => html.Html.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => base.ToBool(span, value),
    };

    /// <summary>The five characters that mean something in HTML text and attributes; every other character is written as it is.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
