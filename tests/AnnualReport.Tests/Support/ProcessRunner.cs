using System.Diagnostics;

namespace AnnualReport.Tests.Support;

/// <summary>Runs a real program (poppler's tools, the annual-report command) and captures its output.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 3 minutes");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the annual-report command as a user would: a separate process, exit code and output.</summary>
    public static Result AnnualReport(IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string?>? environment = null) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "annual-report.dll"), .. arguments], workingDirectory, environment);
}
