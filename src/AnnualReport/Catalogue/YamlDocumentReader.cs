using AnnualReport.Localization;
using AnnualReport.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AnnualReport.Catalogue;

/// <summary>
/// Reads a YAML file (the catalogue, the curated text) into its root node within the limits on
/// size, encoding, depth and aliases: every way it can fail is a positioned diagnostic.
/// </summary>
internal static class YamlDocumentReader
{
    /// <summary>
    /// The text and the first document's root node (null when the file holds no document); false
    /// after adding the diagnostics that say why the file cannot be read.
    /// </summary>
    public static bool TryRead(string path, string display, List<Diagnostic> diagnostics, out string text, out YamlNode? root)
    {
        root = null;
        if (InputText.ReadUtf8(path, display, InputLimits.MaxYamlBytes, diagnostics) is not { } read)
        {
            text = string.Empty;
            return false;
        }

        text = read;
        return TryParse(text, display, diagnostics, out root);
    }

    private static bool TryParse(string text, string display, List<Diagnostic> diagnostics, out YamlNode? root)
    {
        root = null;
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(new LimitedParser(parser));
        }
        catch (YamlLimitException e)
        {
            diagnostics.Add(Diagnostic.Error(e.Code, e.Reason, At(display, e.Start)));
            return false;
        }
        catch (YamlException e)
        {
            var code = e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) ? "duplicate-key" : "yaml-syntax";
            var key = code == "duplicate-key" ? "yaml.duplicate-key" : "yaml.invalid";
            // A tab after a plain scalar is reported from where the scalar began, often the line
            // before; the tab itself is where the error ends.
            var mark = e.Message.Contains("tab character", StringComparison.Ordinal) ? e.End : e.Start;
            var hint = mark == e.End ? " " + Messages.Format("yaml.tab-hint") : string.Empty;
            diagnostics.Add(Diagnostic.Error(code, Messages.Format(key, ("detail", SafeText.Excerpt(Innermost(e).Message, 200))) + hint, At(display, mark)));
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet gives up on some malformed input (unclosed brackets, say) with exceptions
            // other than YamlException; the last event it read is the best position there is.
            var where = At(display, parser.Current?.End ?? Mark.Empty);
            diagnostics.Add(Diagnostic.Error("yaml-syntax", Messages.Format("yaml.unclosed"), where));
            return false;
        }

        if (stream.Documents.Count > 1)
        {
            // Only the first document would be read; the rest would be silently left out.
            var second = stream.Documents[1].RootNode;
            diagnostics.Add(Diagnostic.Error("yaml-syntax", Messages.Format("yaml.several-documents"), At(display, second.Start)));
            return false;
        }

        root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return true;
    }

    private static SourceSpan At(string display, Mark mark) => new(display, (int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1));

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
