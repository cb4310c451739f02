using System.Diagnostics;
using AnnualReport.Localization;

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
            // null removes the variable, as a user who never set it has it.
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var running = new Running(Process.Start(start) ?? throw new InvalidOperationException("could not start " + program));
        return running.Wait();
    }

    /// <summary>Starts the annual-report command and returns at once, for tests that signal it while it runs.</summary>
    public static Running Start(IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "annual-report.dll"), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in UiLanguage.EnvironmentVariables)
        {
            start.Environment.Remove(variable);
        }

        return new Running(Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet"));
    }

    /// <summary>
    /// A program that runs. No time limit: a slow, loaded machine is no failure, and a hung
    /// program is ended by the test run's own limit.
    /// </summary>
    public sealed class Running : IDisposable
    {
        private readonly Task<string> _stdout;
        private readonly Task<string> _stderr;

        public Running(Process process)
        {
            Process = process;
            _stdout = process.StandardOutput.ReadToEndAsync();
            _stderr = process.StandardError.ReadToEndAsync();
        }

        public Process Process { get; }

        /// <summary>What the program has written to standard error so far, once it has ended.</summary>
        public string Stderr => _stderr.IsCompleted ? _stderr.Result : string.Empty;

        public Result Wait()
        {
            Process.WaitForExit();
            return new Result(Process.ExitCode, _stdout.Result, _stderr.Result);
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }
    }

    /// <summary>
    /// Runs the annual-report command as a user would: a separate process, exit code and output.
    /// The language variables of the machine running the tests are left out unless given, so the
    /// messages are bokmål, as the tests expect, on an English desktop too.
    /// </summary>
    public static Result AnnualReport(IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string?>? environment = null)
    {
        var variables = UiLanguage.EnvironmentVariables.ToDictionary(v => v, _ => (string?)null);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[key] = value;
        }

        return Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "annual-report.dll"), .. arguments], workingDirectory, variables);
    }
}
