using System.Text;

namespace AnnualReport.Publishing;

/// <summary>
/// Marks as artifacts (/Artifact BMC … EMC) everything a page content stream paints outside a
/// marked-content sequence. Chromium tags the content of the document's elements but paints the
/// page background, the @page margin boxes (running header, page numbers), decorative symbols and
/// the chart graphics without any marked content; PDF/UA (Matterhorn 01-005) wants every painted
/// thing either tagged or an artifact. Only inserts operators: every byte Chromium wrote stays.
/// Sequences open and close only between graphics objects (never inside a path or splitting a text
/// object); inside a text object that holds tagged runs, each untagged text-showing operator is
/// wrapped on its own.
/// </summary>
public static class PdfArtifactMarker
{
    private const string Open = "\n/Artifact BMC\n";
    private const string Close = "\nEMC\n";

    private static readonly HashSet<string> PathConstruction = ["m", "l", "c", "v", "y", "h", "re"];
    private static readonly HashSet<string> PathPainting = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*"];
    private static readonly HashSet<string> TextShowing = ["Tj", "TJ", "'", "\""];

    public static byte[] Mark(byte[] content)
    {
        var operators = PdfContentTokenizer.Operators(content);
        var insertions = new List<(int Position, string Text)>();
        var depth = 0;
        var open = false;
        int? pathStart = null;
        for (var i = 0; i < operators.Count; i++)
        {
            var (name, start, end) = operators[i];
            switch (name)
            {
                case "BDC" or "BMC":
                    if (depth == 0 && open)
                    {
                        insertions.Add((start, Close));
                        open = false;
                    }

                    depth++;
                    break;
                case "EMC":
                    depth = Math.Max(0, depth - 1);
                    break;
                case "BT":
                    var last = EndOfText(operators, i);
                    if (depth == 0 && HasMarkedContent(operators, i, last))
                    {
                        if (open)
                        {
                            insertions.Add((start, Close));
                            open = false;
                        }

                        WrapShowing(operators, i, last, insertions);
                        i = last;
                    }
                    else
                    {
                        if (depth == 0 && !open)
                        {
                            insertions.Add((start, Open));
                            open = true;
                        }

                        i = last;
                    }

                    break;
                default:
                    if (PathConstruction.Contains(name))
                    {
                        pathStart ??= start;
                    }
                    else if (name is "n")
                    {
                        pathStart = null;
                    }
                    else if (PathPainting.Contains(name) || name is "Do" or "sh" or "EI")
                    {
                        if (depth == 0 && !open)
                        {
                            insertions.Add((pathStart ?? start, Open));
                            open = true;
                        }

                        pathStart = null;
                    }

                    break;
            }
        }

        if (open)
        {
            insertions.Add((content.Length, Close));
        }

        return Apply(content, insertions);
    }

    private static int EndOfText(IReadOnlyList<(string Name, int Start, int End)> operators, int begin)
    {
        for (var j = begin + 1; j < operators.Count; j++)
        {
            if (operators[j].Name == "ET")
            {
                return j;
            }
        }

        return operators.Count - 1;
    }

    private static bool HasMarkedContent(IReadOnlyList<(string Name, int Start, int End)> operators, int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            if (operators[j].Name is "BDC" or "BMC")
            {
                return true;
            }
        }

        return false;
    }

    private static void WrapShowing(IReadOnlyList<(string Name, int Start, int End)> operators, int from, int to, List<(int, string)> insertions)
    {
        var depth = 0;
        for (var j = from; j <= to; j++)
        {
            var (name, start, end) = operators[j];
            if (name is "BDC" or "BMC")
            {
                depth++;
            }
            else if (name is "EMC")
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && TextShowing.Contains(name))
            {
                insertions.Add((start, Open));
                insertions.Add((end, Close));
            }
        }
    }

    private static byte[] Apply(byte[] content, List<(int Position, string Text)> insertions)
    {
        if (insertions.Count == 0)
        {
            return content;
        }

        using var output = new MemoryStream(content.Length + (insertions.Count * 16));
        var at = 0;
        foreach (var (position, text) in insertions.OrderBy(x => x.Position))
        {
            output.Write(content, at, position - at);
            output.Write(Encoding.ASCII.GetBytes(text));
            at = position;
        }

        output.Write(content, at, content.Length - at);
        return output.ToArray();
    }
}
