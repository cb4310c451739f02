using System.Text.RegularExpressions;
using AnnualReport.Model;

namespace AnnualReport.Rendering;

/// <summary>
/// Handlebars.Net reports template errors without a position. This finds the place in the
/// template source: an unbalanced block (<c>{{#each}}</c> without <c>{{/each}}</c> or the other way
/// round), an unclosed <c>{{</c>, or the first expression that uses a name the model lacks.
/// </summary>
internal static partial class TemplateErrorLocator
{
    /// <summary>The first structural error in any of <paramref name="files"/>, or null when none is found.</summary>
    public static SourceSpan? LocateSyntaxError(IEnumerable<(string File, string Text)> files)
    {
        foreach (var (file, text) in files)
        {
            if (LocateSyntaxError(text) is { } index)
            {
                return SourceSpan.At(file, text, index);
            }
        }

        return null;
    }

    /// <summary>The index of a structural error in <paramref name="text"/>, or null when its blocks and braces balance.</summary>
    public static int? LocateSyntaxError(string text)
    {
        var stack = new Stack<Match>();
        foreach (Match tag in BlockTag().Matches(text))
        {
            if (tag.Groups["kind"].Value is "#" or "#>")
            {
                stack.Push(tag);
            }
            else if (stack.Count == 0 || stack.Pop().Groups["name"].Value != tag.Groups["name"].Value)
            {
                return tag.Index;
            }
        }

        if (stack.Count > 0)
        {
            return stack.Pop().Index;
        }

        var unclosed = Unclosed().Match(text);
        return unclosed.Success ? unclosed.Index : null;
    }

    /// <summary>The first expression in any of <paramref name="files"/> that refers to <paramref name="path"/>.</summary>
    public static SourceSpan? LocateBinding(IEnumerable<(string File, string Text)> files, string path)
    {
        var pattern = new Regex(@"\{\{\{?[#^/>]?\s*(?:[^}]*?[\s(])?(?:this\.|\.\./|@root\.)*" + Regex.Escape(path) + @"(?![\w.])");
        foreach (var (file, text) in files)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return SourceSpan.At(file, text, match.Index);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\{\{~?(?<kind>#>|#\*?|/)\s*(?<name>[\w.-]+)")]
    private static partial Regex BlockTag();

    /// <summary>Splits Handlebars.Net's "message … Occured at: line:column" (column from 0) into a one-line message and a position.</summary>
    public static (string Message, (int Line, int Column)? At) SplitMessage(string message)
    {
        var match = OccuredAt().Match(message);
        var text = string.Join(' ', message[..(match.Success ? match.Index : message.Length)].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return match.Success
            ? (text, (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1))
            : (text, null);
    }

    [GeneratedRegex(@"Occured at:\s*(\d+):(\d+)")]
    private static partial Regex OccuredAt();

    [GeneratedRegex(@"\{\{\{?(?![^{}]*\}\})")]
    private static partial Regex Unclosed();
}
