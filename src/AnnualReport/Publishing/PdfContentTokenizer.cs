namespace AnnualReport.Publishing;

/// <summary>
/// Splits a decoded page content stream into its operators, each with the byte range from its
/// first operand to its end, so operators can be inserted between them without rewriting anything.
/// Knows the lexical rules of PDF 1.7 section 7.2 (strings with nesting and escapes, hex strings,
/// dictionaries, names, comments) and the inline image (BI … ID data EI).
/// </summary>
public static class PdfContentTokenizer
{
    public static IReadOnlyList<(string Name, int Start, int End)> Operators(byte[] content)
    {
        var operators = new List<(string, int, int)>();
        int? operandStart = null;
        var i = 0;
        while (i < content.Length)
        {
            var b = content[i];
            if (IsWhite(b))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            switch ((char)b)
            {
                case '%':
                    while (i < content.Length && content[i] is not (byte)'\n' and not (byte)'\r')
                    {
                        i++;
                    }

                    continue;
                case '(':
                    i = SkipString(content, i);
                    break;
                case '<' when i + 1 < content.Length && content[i + 1] == '<':
                case '>' when i + 1 < content.Length && content[i + 1] == '>':
                    i += 2;
                    break;
                case '<':
                    i = Array.IndexOf(content, (byte)'>', i) is var close and >= 0 ? close + 1 : content.Length;
                    break;
                case '[' or ']' or '{' or '}' or '>' or ')':
                    i++;
                    break;
                case '/':
                    i++;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    break;
                default:
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    var word = System.Text.Encoding.ASCII.GetString(content, tokenStart, i - tokenStart);
                    if (IsOperator(word))
                    {
                        var start = operandStart ?? tokenStart;
                        if (word == "ID")
                        {
                            // The image's dictionary sits between BI and ID: BI … EI is one operation.
                            i = EndOfInlineImage(content, i);
                            word = "EI";
                            if (operators.Count > 0 && operators[^1].Item1 == "BI")
                            {
                                start = operators[^1].Item2;
                                operators.RemoveAt(operators.Count - 1);
                            }
                        }

                        operators.Add((word, start, i));
                        operandStart = null;
                        continue;
                    }

                    break;
            }

            operandStart ??= tokenStart;
        }

        return operators;
    }

    private static bool IsOperator(string word) =>
        word.Length > 0 && (char.IsLetter(word[0]) || word[0] is '\'' or '"') && word is not ("true" or "false" or "null");

    private static int SkipString(byte[] content, int i)
    {
        var nesting = 0;
        for (; i < content.Length; i++)
        {
            switch (content[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    nesting++;
                    break;
                case (byte)')':
                    if (--nesting == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return content.Length;
    }

    /// <summary>After ID: one white-space byte, then binary data up to an EI that stands alone.</summary>
    private static int EndOfInlineImage(byte[] content, int i)
    {
        for (var j = i + 1; j + 1 < content.Length; j++)
        {
            if (content[j] == 'E' && content[j + 1] == 'I' && IsWhite(content[j - 1]) && (j + 2 == content.Length || IsWhite(content[j + 2])))
            {
                return j + 2;
            }
        }

        return content.Length;
    }

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte b) => !IsWhite(b) && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
