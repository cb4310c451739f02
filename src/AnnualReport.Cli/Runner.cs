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
            Console.Error.WriteLine($"Stoppet: {errors} feil{(warnings > 0 ? $" og {warnings} advarsler" : string.Empty)} i inndata. Ingenting i utdatamappen er endret.");
            return ExitCodes.InputError;
        }
        catch (EnvironmentException e)
        {
            Console.Error.WriteLine($"feil: {OneLine(e.Message)}");
            return ExitCodes.EnvironmentError;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Avbrutt. Ingenting i utdatamappen er endret.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("ANNUAL_REPORT_DEBUG") is null && IsMachineFault(e))
        {
            Console.Error.WriteLine($"feil: {MachineFaultText(e)}: {OneLine(e.Message)}");
            return ExitCodes.EnvironmentError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("ANNUAL_REPORT_DEBUG") is null)
        {
            Console.Error.WriteLine($"intern feil: {e.GetType().Name}: {OneLine(e.Message)} (sett ANNUAL_REPORT_DEBUG=1 for detaljer)");
            return ExitCodes.InternalError;
        }
    }

    private static bool IsMachineFault(Exception e) =>
        e is IOException or UnauthorizedAccessException or OutOfMemoryException or InsufficientExecutionStackException;

    private static string MachineFaultText(Exception e) => e switch
    {
        OutOfMemoryException => "ikke nok minne",
        InsufficientExecutionStackException => "for dypt nøstede inndata for stakken",
        UnauthorizedAccessException => "ingen tilgang til en fil eller mappe",
        _ => "lesing eller skriving av en fil feilet",
    };

    private static string OneLine(string message) => SafeText.Excerpt(message.Split('\n', 2)[0].Trim(), 300);
}
