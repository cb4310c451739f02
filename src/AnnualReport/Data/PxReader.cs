using System.Globalization;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// Reads PX (PC-Axis) files as PxWeb serves them: STUB and HEADING name the dimensions, VALUES
/// their labels and CODES their codes, DATA the figures row by row (the last HEADING dimension
/// varies fastest). Quoted dot symbols in DATA (<c>".."</c>, <c>"."</c>, <c>":"</c>, <c>"-"</c>)
/// are kept as status. CODEPAGE decides the text encoding; CRLF and LF both work.
/// </summary>
public sealed class PxReader : ICubeReader
{
    private static readonly string[] TimeNames = ["tid", "år", "time", "year", "aar"];

    public string Format => "px";

    public DataCube? Read(InputFile file, List<Diagnostic> diagnostics)
    {
        var path = file.Display;
        var px = PxFile.Parse(file, diagnostics);
        if (px is null)
        {
            return null;
        }

        var stub = px.Get("STUB") ?? [];
        var variables = stub.Concat(px.Get("HEADING") ?? []).ToList();
        if (variables.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.no-stub-heading"), new SourceSpan(path, 1, 1)));
            return null;
        }

        var dimensions = new List<Dimension>();
        foreach (var variable in variables)
        {
            var labels = px.Get("VALUES", variable);
            if (labels is null)
            {
                diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.no-values", ("variable", variable)), new SourceSpan(path, px.LineOf(stub.Contains(variable) ? "STUB" : "HEADING"), 1)));
                return null;
            }

            var codes = px.Get("CODES", variable) ?? labels;
            if (codes.Count != labels.Count)
            {
                diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.codes-count", ("variable", variable), ("codes", codes.Count), ("values", labels.Count)), new SourceSpan(path, px.LineOf("CODES", variable), 1)));
                return null;
            }

            dimensions.Add(new Dimension(variable, variable, codes.Zip(labels, (c, l) => new Category(c, l)).ToList())
            {
                Where = new SourceSpan(path, px.LineOf(px.Get("CODES", variable) is null ? "VALUES" : "CODES", variable), 1),
            });
        }

        if (!CubeShape.Check(dimensions, d => new SourceSpan(path, d is null ? px.DataLine : px.LineOf(px.Get("CODES", d.Id) is null ? "VALUES" : "CODES", d.Id), 1), diagnostics))
        {
            return null;
        }

        var size = dimensions.Aggregate(1, (product, d) => product * d.Size);
        if (px.Data.Count != size)
        {
            diagnostics.Add(Diagnostic.Error("bad-px", Messages.Format("px.data-count", ("count", px.Data.Count), ("cells", size)), new SourceSpan(path, px.DataLine, 1)));
            return null;
        }

        var cells = new CubeCell?[size];
        for (var i = 0; i < size; i++)
        {
            var (token, line, column) = px.Data[i];
            var where = new SourceSpan(path, line, column);
            if (double.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                cells[i] = new CubeCell(DataCube.CodesAt(dimensions, i), number, null, null, where);
            }
            else if (token.Length > 0 && token.All(c => c is '.' or '-' or ':'))
            {
                cells[i] = new CubeCell(DataCube.CodesAt(dimensions, i), null, token, null, where);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error("bad-number", Messages.Format("px.bad-number", ("value", SafeText.Excerpt(token))), where));
            }
        }

        var label = (px.Get("TITLE") ?? px.Get("CONTENTS"))?.FirstOrDefault() ?? Path.GetFileNameWithoutExtension(path);
        var time = variables.FirstOrDefault(v => px.Get("TIMEVAL", v) is not null)
            ?? variables.FirstOrDefault(v => TimeNames.Contains(v.ToLowerInvariant()));
        var decimals = px.Get("SHOWDECIMALS") ?? px.Get("DECIMALS");
        var parsedDecimals = decimals is [var d] && int.TryParse(d, out var n) ? n : (int?)null;
        return new DataCube(Format, label, dimensions, cells, time, parsedDecimals, new SourceSpan(path, 1, 1));
    }
}
