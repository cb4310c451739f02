using System.CommandLine;
using System.Text;
using AnnualReport.Comments;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary>
/// <c>annual-report comments DRAFT.pdf [--json] [--out FILE.html|FILE.csv]</c>: the reviewers'
/// comments in a PDF, with page and reference number, as a table on the terminal, JSON, or one
/// HTML or CSV file for the editor. Writes no file but the one named, and never the PDF itself.
/// </summary>
internal static class CommentsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("PDF") { Description = Messages.Format("comments.argument") };
        var json = new Option<bool>("--json") { Description = Messages.Format("comments.option-json") };
        var output = new Option<string?>("--out") { Description = Messages.Format("comments.option-out"), HelpName = "FILE" };
        var command = new Command("comments", Messages.Format("comments.command")) { file, json, output };
        command.SetAction((result, cancellationToken) => Runner.RunAsync(() =>
        {
            var input = result.GetValue(file)!;
            var target = result.GetValue(output) is { } o ? CheckedOutput(o, input) : null;
            var diagnostics = new List<Diagnostic>();
            var comments = CommentReader.Read(input, input, diagnostics, cancellationToken);
            if (comments is null)
            {
                throw new InputException(diagnostics);
            }

            var name = Path.GetFileName(input);
            if (target is not null)
            {
                var text = target.Csv ? CommentCsvWriter.Write(comments) : CommentHtmlWriter.Write(comments, name);
                File.WriteAllText(target.Path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            if (result.GetValue(json))
            {
                Console.Out.Write(CommentJsonWriter.Write(comments));
            }
            else if (target is not null)
            {
                Console.Out.WriteLine(SafeText.Printable(Messages.Format("comments.written", ("n", comments.Count), ("out", result.GetValue(output)))));
            }
            else
            {
                Console.Out.Write(CommentTable.Write(comments, SafeText.Printable(name)));
            }

            return Task.CompletedTask;
        }));
        return command;
    }

    private sealed record Output(string Path, bool Csv);

    /// <summary>The file to write: named .html or .csv, an ordinary file or a new one, and not the PDF being read.</summary>
    private static Output CheckedOutput(string option, string input)
    {
        var extension = Path.GetExtension(option).ToLowerInvariant();
        if (extension is not (".html" or ".htm" or ".csv"))
        {
            throw new InputException(Diagnostic.Error("bad-option", Messages.Format("comments.out-extension"), SourceSpan.ForFile("--out")));
        }

        var full = Path.GetFullPath(option);
        var info = new FileInfo(full);
        if (Directory.Exists(full) || info.LinkTarget is not null || (info.Exists && !FileKind.IsOrdinary(full)))
        {
            throw new InputException(Diagnostic.Error("unsafe-output", Messages.Format("comments.out-not-file", ("file", option)), SourceSpan.ForFile("--out")));
        }

        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            throw new InputException(Diagnostic.Error("bad-option", Messages.Format("comments.out-no-folder", ("folder", folder)), SourceSpan.ForFile("--out")));
        }

        if (string.Equals(full, Real(input), StringComparison.Ordinal) || string.Equals(full, Path.GetFullPath(input), StringComparison.Ordinal))
        {
            throw new InputException(Diagnostic.Error("unsafe-output", Messages.Format("comments.out-is-input", ("file", option)), SourceSpan.ForFile("--out")));
        }

        return new Output(full, extension == ".csv");
    }

    private static string Real(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }
}
