namespace AnnualReport.Cli;

/// <summary>
/// Progress written at once, in the order it is reported, one report at a time. The framework's
/// <see cref="Progress{T}"/> posts each report to the thread pool, so a bar could go 2/4, 1/4, 3/4.
/// </summary>
internal sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock _gate = new();

    public void Report(T value)
    {
        lock (_gate)
        {
            report(value);
        }
    }
}
