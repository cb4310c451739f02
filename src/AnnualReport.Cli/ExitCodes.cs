namespace AnnualReport.Cli;

/// <summary>The command's exit codes, as documented in README.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InternalError = 1;
    public const int InputError = 2;
    public const int EnvironmentError = 3;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
