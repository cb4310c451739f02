using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using AnnualReport.Localization;

namespace AnnualReport.Tests.Support;

/// <summary>
/// <c>annual-report preview</c> running as a user runs it, in its own process, on a free port of
/// 127.0.0.1; its standard output is collected line by line while it runs. Disposing stops it with
/// SIGINT (Ctrl-C), and kills it only if it does not stop.
/// </summary>
internal sealed class PreviewProcess : IDisposable
{
    /// <summary>A generous bound for a stuck wait, not a speed requirement.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewProcess(string workingDirectory, params string[] arguments)
    {
        Port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "annual-report.dll"), "preview", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in UiLanguage.EnvironmentVariables)
        {
            start.Environment.Remove(variable);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                _lines.Enqueue(line);
                if (line.Contains("http://127.0.0.1:", StringComparison.Ordinal))
                {
                    _url.TrySetResult(line[line.IndexOf("http://", StringComparison.Ordinal)..].Split(' ')[0]);
                }
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                _errors.Enqueue(line);
            }
        };
        _process.Exited += (_, _) => _url.TrySetException(new InvalidOperationException("the preview ended: " + Output));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>Everything written so far, standard output then standard error.</summary>
    public string Output => string.Join("\n", _lines) + "\n" + string.Join("\n", _errors);

    public Process Process => _process;

    /// <summary>The address the preview printed once it was ready.</summary>
    public async Task<string> UrlAsync() => await _url.Task.WaitAsync(HangGuard);

    /// <summary>Stops it as Ctrl-C does and returns its exit code.</summary>
    public async Task<int> InterruptAsync()
    {
        Assert.Equal(0, Kill(_process.Id, 2));
        await _process.WaitForExitAsync().WaitAsync(HangGuard);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
