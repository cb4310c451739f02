using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// Finds a Chromium-family browser to print with; never downloads one. Order: the
/// <c>--browser</c> option, the <c>ANNUAL_REPORT_BROWSER</c> environment variable, then the usual
/// install locations (Debian's chromium on Linux, Edge or Chrome on Windows and macOS).
/// </summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "ANNUAL_REPORT_BROWSER";

    public static string Locate(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath)
                ? explicitPath
                : throw new EnvironmentException(Messages.Format("browser.option-missing", ("path", explicitPath)));
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new EnvironmentException(Messages.Format("browser.variable-missing", ("path", fromEnvironment), ("variable", EnvironmentVariable)));
        }

        return Candidates().FirstOrDefault(File.Exists)
            ?? throw new EnvironmentException(
                Messages.Format("browser.none", ("variable", EnvironmentVariable)));
    }

    private static IEnumerable<string> Candidates()
    {
        if (OperatingSystem.IsWindows())
        {
            foreach (var root in new[] { "ProgramFiles(x86)", "ProgramFiles", "LocalAppData" }.Select(Environment.GetEnvironmentVariable).OfType<string>())
            {
                yield return Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe");
                yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
            }
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
            yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
            yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
        }
        else
        {
            yield return "/usr/bin/chromium";
            yield return "/usr/bin/chromium-browser";
            yield return "/usr/bin/google-chrome";
            yield return "/usr/bin/google-chrome-stable";
            yield return "/usr/bin/microsoft-edge";
        }
    }
}
