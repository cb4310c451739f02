using System.Net;
using System.Text;
using AnnualReport.Localization;
using AnnualReport.Model;
using AnnualReport.Preview;
using AnnualReport.Publishing;

namespace AnnualReport.Cli.Preview;

/// <summary>
/// The preview's web server, on 127.0.0.1 only: the pages of the last build with the reload
/// script added (<see cref="LiveReload"/>), the error page while the edition cannot be built, the
/// event stream the pages listen to (<c>/_preview/events</c>) and the PDF of a language on request
/// (<c>/_preview/nb.pdf</c>). Nothing it serves comes from outside the preview's output folder.
/// </summary>
internal sealed partial class PreviewServer(HttpListener listener, PreviewSession session, TextWriter terminal)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Listens on <paramref name="port"/>; when it is taken and the user did not ask for it, on the
    /// next free one of the ten after it. A port that cannot be had is a problem of the machine.
    /// </summary>
    public static (HttpListener Listener, string Url) Listen(int port, bool chosen)
    {
        // Windows' HTTP service lets a user without administrator rights listen on "localhost" (loopback only), not on an address.
        var host = OperatingSystem.IsWindows() ? "localhost" : "127.0.0.1";
        for (var candidate = port; candidate < port + (chosen ? 1 : 10) && candidate <= 65535; candidate++)
        {
            var listener = new HttpListener();
            var url = $"http://{host}:{candidate}/";
            listener.Prefixes.Add(url);
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException)
            {
                listener.Close();
                if (!chosen)
                {
                    Console.Error.WriteLine(Messages.Format("preview.port-next", ("port", candidate)));
                }
            }
        }

        throw new EnvironmentException(Messages.Format(chosen ? "preview.port-taken" : "preview.ports-taken", ("port", port), ("last", port + 9)));
    }

    /// <summary>Answers requests until cancelled.</summary>
    public async Task ServeAsync(CancellationToken cancellationToken)
    {
        using var stop = cancellationToken.Register(listener.Stop);
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw;
            }

            _ = Task.Run(() => AnswerAsync(context, cancellationToken), CancellationToken.None);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task AnswerAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";

            // Only this machine's own names: a web site that points its own name at 127.0.0.1
            // (DNS rebinding) gets nothing, and its pages cannot make the preview print.
            if (!IsLocalHost(context.Request.UserHostName))
            {
                await SendAsync(response, HttpStatusCode.Forbidden, "text/plain; charset=utf-8", [], cancellationToken);
            }
            else if (path == LiveReload.EventsPath)
            {
                await EventsAsync(response, cancellationToken);
            }
            else if (path.StartsWith("/_preview/", StringComparison.Ordinal) && path.EndsWith(".pdf", StringComparison.Ordinal))
            {
                await session.WhileIdleAsync(() => PdfAsync(response, path["/_preview/".Length..^".pdf".Length], cancellationToken), cancellationToken);
            }
            else
            {
                await session.WhileIdleAsync(() => FileAsync(response, Uri.UnescapeDataString(path), cancellationToken), cancellationToken);
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The page was closed or the preview is stopping: nobody is left to answer.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    private async Task<bool> FileAsync(HttpListenerResponse response, string path, CancellationToken cancellationToken)
    {
        var file = Resolve(path);
        var html = file is null ? path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal) : file.EndsWith(".html", StringComparison.Ordinal);

        // While the edition cannot be built, every page is the list of what is wrong.
        if (html && session.Current is not { Succeeded: true })
        {
            await SendAsync(response, HttpStatusCode.InternalServerError, "text/html; charset=utf-8", ErrorHtml(), cancellationToken);
            return true;
        }

        // The pages' own link to the PDF prints it, as the toolbar's does.
        if (file is not null && session.Pdf && session.Current!.Languages.FirstOrDefault(l => file == Path.Combine(l.Folder, l.PdfFileName)) is { } printed)
        {
            return await PdfAsync(response, printed.Code, cancellationToken);
        }

        if (file is null || !File.Exists(file))
        {
            await SendAsync(response, HttpStatusCode.NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(Messages.Format("preview.not-found", ("path", SafeText.Excerpt(path, 200)))), cancellationToken);
            return true;
        }

        if (html)
        {
            var nonce = LiveReload.NewNonce();
            var page = LiveReload.Inject(await File.ReadAllTextAsync(file, cancellationToken), nonce, session.Number, Toolbar(nonce, file));
            await SendAsync(response, HttpStatusCode.OK, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(page), cancellationToken);
            return true;
        }

        await SendAsync(response, HttpStatusCode.OK, ContentType(file), await File.ReadAllBytesAsync(file, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>The file a request path names inside the preview folder (a folder's <c>index.html</c>), or null when it names none there.</summary>
    private string? Resolve(string path)
    {
        if (session.Folder is not { } folder || path.Contains('\0', StringComparison.Ordinal) || path.Split('/').Any(s => s is ".." || s.Contains('\\', StringComparison.Ordinal)))
        {
            return null;
        }

        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != root)
        {
            return null;
        }

        return Directory.Exists(full) ? Path.Combine(full, LanguageIndex.FileName) : full;
    }

    private string Toolbar(string nonce, string file)
    {
        var language = session.Current?.Languages.FirstOrDefault(l => file.StartsWith(l.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var pdf = session.Pdf && language is not null ? $"/_preview/{language.Code}.pdf" : null;
        return LiveReload.Toolbar(nonce, Messages.Format("preview.toolbar.label"), pdf, Messages.Format("preview.toolbar.pdf"));
    }

    private byte[] ErrorHtml(string? fault = null) =>
        Encoding.UTF8.GetBytes(ErrorPage.Html(session.Current?.Diagnostics ?? [], LiveReload.NewNonce(), session.Number, fault ?? session.Fault));

    private static async Task SendAsync(HttpListenerResponse response, HttpStatusCode status, string type, byte[] body, CancellationToken cancellationToken)
    {
        response.StatusCode = (int)status;
        response.ContentType = type;
        response.AddHeader("Cache-Control", "no-store");
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body, cancellationToken);
    }

    /// <summary>Whether a request's Host names this machine: 127.0.0.1 or localhost, with any port.</summary>
    public static bool IsLocalHost(string? host)
    {
        var name = host ?? string.Empty;
        var colon = name.LastIndexOf(':');
        if (colon > 0 && !name.EndsWith(']'))
        {
            name = name[..colon];
        }

        return name is "127.0.0.1" or "localhost" or "[::1]";
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".woff2" => "font/woff2",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".json" => "application/json",
        ".csv" => "text/csv; charset=utf-8",
        ".pdf" => "application/pdf",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
