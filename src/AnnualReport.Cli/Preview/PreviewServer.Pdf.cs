using System.Net;
using System.Text;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli.Preview;

/// <summary>The PDF on request: printed by the browser for the current build, once, then sent again until the next build.</summary>
internal sealed partial class PreviewServer
{
    /// <summary>Prints (or sends the printed) PDF of a language; called while no build runs.</summary>
    private async Task<bool> PdfAsync(HttpListenerResponse response, string code, CancellationToken cancellationToken)
    {
        var language = session.Current is { Succeeded: true } build ? build.Languages.FirstOrDefault(l => l.Code == code) : null;
        if (session.Current is not { Succeeded: true })
        {
            await SendAsync(response, HttpStatusCode.InternalServerError, "text/html; charset=utf-8", ErrorHtml(), cancellationToken);
            return true;
        }

        if (!session.Pdf || language is null)
        {
            await SendAsync(response, HttpStatusCode.NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(Messages.Format("preview.not-found", ("path", SafeText.Excerpt(code, 40) + ".pdf"))), cancellationToken);
            return true;
        }

        try
        {
            var pdf = await session.PdfAsync(language, cancellationToken);
            response.AddHeader("Content-Disposition", $"inline; filename=\"{Path.GetFileName(pdf)}\"");
            await SendAsync(response, HttpStatusCode.OK, "application/pdf", await File.ReadAllBytesAsync(pdf, cancellationToken), cancellationToken);
        }
        catch (EnvironmentException e)
        {
            // No browser, or one that hangs: the pages go on; the terminal and the page say why.
            terminal.WriteLine(Messages.Format("run.fault", ("message", SafeText.Printable(e.Message))));
            await SendAsync(response, HttpStatusCode.ServiceUnavailable, "text/html; charset=utf-8", ErrorHtml(e.Message), cancellationToken);
        }
        catch (InputException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                terminal.WriteLine(diagnostic);
            }

            await SendAsync(response, HttpStatusCode.InternalServerError, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorPage.Html(e.Diagnostics, LiveReload.NewNonce(), session.Number)), cancellationToken);
        }

        return true;
    }
}
