using System.Net;
using System.Net.Sockets;

namespace AnnualReport.Tests.Support;

/// <summary>
/// A built site served as a web server would serve it, on 127.0.0.1 at a free port: files only,
/// with their content types, inside the folder given; anything else is 404. It logs every path asked for.
/// </summary>
internal sealed class StaticSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _serving;

    public StaticSite(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The site's address, ending in a slash.</summary>
    public string BaseUrl { get; }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = Path.GetFullPath(Path.Combine(_root, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'))));
            if (path.StartsWith(_root, StringComparison.Ordinal) && File.Exists(path))
            {
                var body = await File.ReadAllBytesAsync(path);
                context.Response.ContentType = Path.GetExtension(path) switch
                {
                    ".html" => "text/html; charset=utf-8",
                    ".css" => "text/css; charset=utf-8",
                    ".js" => "text/javascript; charset=utf-8",
                    ".svg" => "image/svg+xml",
                    ".woff2" => "font/woff2",
                    ".csv" => "text/csv; charset=utf-8",
                    _ => "application/octet-stream",
                };
                context.Response.AddHeader("X-Content-Type-Options", "nosniff");
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait();
        }
        catch (AggregateException)
        {
            // The listener stopped under a request: nothing left to serve.
        }
    }
}
