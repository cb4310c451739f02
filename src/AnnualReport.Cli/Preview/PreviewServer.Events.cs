using System.Net;
using System.Text;

namespace AnnualReport.Cli.Preview;

/// <summary>The event stream the pages' reload script listens to.</summary>
internal sealed partial class PreviewServer
{
    /// <summary>Server-Sent Events: the number of every finished build, and a comment now and then so a closed page is noticed.</summary>
    private async Task EventsAsync(HttpListenerResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream; charset=utf-8";
        response.AddHeader("Cache-Control", "no-store");
        response.SendChunked = true;
        var builds = session.Listen();
        try
        {
            await WriteAsync(response, "retry: 1000\n\n", cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(KeepAlive);
                try
                {
                    var number = await builds.ReadAsync(wait.Token);
                    await WriteAsync(response, $"event: build\ndata: {number}\n\n", cancellationToken);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    await WriteAsync(response, ": keep-alive\n\n", cancellationToken);
                }
            }
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // The preview is stopping.
        }
        finally
        {
            session.Forget(builds);
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, string text, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await response.OutputStream.WriteAsync(bytes, cancellationToken);
        await response.OutputStream.FlushAsync(cancellationToken);
    }
}
