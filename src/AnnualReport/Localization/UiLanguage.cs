using System.Globalization;

namespace AnnualReport.Localization;

/// <summary>
/// The language of the program's own messages (diagnostics, help, progress, faults), not of the
/// publication: bokmål unless the command line sets English once at start. One value for the
/// whole process, since every stage reports into the same terminal.
/// </summary>
public static class UiLanguage
{
    public const string Bokmal = "nb";

    public const string English = "en";

    /// <summary>The variables that name the language, in the order that decides: the program's own, then POSIX's.</summary>
    public static IReadOnlyList<string> EnvironmentVariables { get; } = ["ANNUAL_REPORT_UI_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>The language codes <c>--ui-language</c> accepts.</summary>
    public static IReadOnlyList<string> Supported { get; } = [Bokmal, English];

    private static volatile string _current = Bokmal;

    /// <summary>The language messages are written in now.</summary>
    public static string Current => _current;

    /// <summary>The culture for numbers a reader reads in a message (not for paths, codes or values to type back).</summary>
    public static CultureInfo Culture => CultureOf(Current);

    /// <summary>Sets the language for the rest of the process.</summary>
    public static void Set(string code)
    {
        if (!Supported.Contains(code))
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "the UI language is nb or en");
        }

        _current = code;
    }

    /// <summary>
    /// The language the environment asks for: the first of <see cref="EnvironmentVariables"/>
    /// that is set decides, as POSIX has it; a value starting with <c>en</c> is English, anything
    /// else bokmål. The caller reads the variables, so the library never reads the environment.
    /// </summary>
    public static string FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        foreach (var name in EnvironmentVariables)
        {
            if (variable(name) is { Length: > 0 } value)
            {
                return value.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Bokmal;
            }
        }

        return Bokmal;
    }

    internal static CultureInfo CultureOf(string code) =>
        CultureInfo.GetCultureInfo(code == English ? "en-GB" : "nb-NO");
}
