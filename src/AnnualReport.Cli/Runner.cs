using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary>
/// Runs a command and turns every failure into readable lines and an exit code: diagnostics for
/// bad input (2), one line naming the fix for a machine problem (3: a browser, the fonts, a full
/// or read-only disk, memory), one line when cancelled (130), one line for anything else (1).
/// A stack trace only when ANNUAL_REPORT_DEBUG is set.
/// </summary>
internal static class Runner
{
    public static async Task<int> RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            return ExitCodes.Success;
        }
        catch (InputException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic);
            }

            var errors = e.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = e.Diagnostics.Count - errors;
            var found = warnings > 0
                ? Messages.Format("run.errors-and-warnings", ("errors", Messages.Format("count.errors", ("n", errors))), ("warnings", Messages.Format("count.warnings", ("n", warnings))))
                : Messages.Format("count.errors", ("n", errors));
            Console.Error.WriteLine(Messages.Format("run.stopped.input", ("found", found)));
            return ExitCodes.InputError;
        }
        catch (EnvironmentException e)
        {
            Console.Error.WriteLine(Messages.Format("run.fault", ("message", OneLine(e.Message))));
            return ExitCodes.EnvironmentError;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine(Messages.Format("run.cancelled"));
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("ANNUAL_REPORT_DEBUG") is null && IsMachineFault(e))
        {
            Console.Error.WriteLine(Messages.Format("run.machine-fault", ("cause", MachineFaultText(e)), ("message", OneLine(e.Message))));
            return ExitCodes.EnvironmentError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("ANNUAL_REPORT_DEBUG") is null)
        {
            Console.Error.WriteLine(Messages.Format("run.internal", ("type", e.GetType().Name), ("message", OneLine(e.Message))));
            return ExitCodes.InternalError;
        }
    }

    private static bool IsMachineFault(Exception e) =>
        e is IOException or UnauthorizedAccessException or OutOfMemoryException or InsufficientExecutionStackException;

    private static string MachineFaultText(Exception e) => e switch
    {
        OutOfMemoryException => Messages.Format("run.cause.memory"),
        InsufficientExecutionStackException => Messages.Format("run.cause.stack"),
        UnauthorizedAccessException => Messages.Format("run.cause.access"),
        _ => Messages.Format("run.cause.io"),
    };

    private static string OneLine(string message) => SafeText.Excerpt(message.Split('\n', 2)[0].Trim(), 300);
}
