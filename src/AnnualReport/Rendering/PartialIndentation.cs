using System.Text.RegularExpressions;

namespace AnnualReport.Rendering;

/// <summary>
/// Handlebars.Net 2.4.3 writes a standalone partial that is indented (<c>  {{&gt; table}}</c> alone
/// on its line) without HTML-encoding anything inside it: every <c>{{value}}</c> in the partial comes
/// out raw, so a catalogue title could carry a script onto the page. The indentation only indents
/// the partial's output, which HTML does not need, so it is removed before compiling, for our
/// templates and for any a user supplies.
/// </summary>
internal static partial class PartialIndentation
{
    public static string Remove(string template) => IndentedPartial().Replace(template, string.Empty);

    [GeneratedRegex(@"^[ \t]+(?=\{\{~?#?>)", RegexOptions.Multiline)]
    private static partial Regex IndentedPartial();
}
