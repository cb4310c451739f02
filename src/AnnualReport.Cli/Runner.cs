using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary>
/// Runs a command and turns every failure into readable lines and an exit code: diagnostics for
/// bad input (2), one line naming the fix for a missing tool (3), one line for anything else (1).
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
            Console.Error.WriteLine($"feil: {e.Message}");
            return ExitCodes.EnvironmentError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("ANNUAL_REPORT_DEBUG") is null)
        {
            Console.Error.WriteLine($"intern feil: {e.GetType().Name}: {e.Message.Split('\n', 2)[0]} (sett ANNUAL_REPORT_DEBUG=1 for detaljer)");
            return ExitCodes.InternalError;
        }
    }
}
