using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary><c>annual-report inspect FILE [--json]</c>: what a CSV, Excel, JSON-stat or PX file holds, and the separator and decimal mark a CSV file is read with.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = Messages.Format("cli.argument.file") };
        var json = new Option<bool>("--json") { Description = Messages.Format("cli.option.json") };
        var command = new Command("inspect", Messages.Format("cli.command.inspect")) { file, json };
        command.SetAction((result, _) => Runner.RunAsync(() =>
        {
            var diagnostics = new List<Diagnostic>();
            var cube = CubeReaders.Read(result.GetValue(file)!, diagnostics);
            if (cube is null || diagnostics.Any(d => d.Severity == Severity.Error))
            {
                throw new InputException(diagnostics);
            }

            // Labels and codes come from the file: printed so that no escape sequence reaches the terminal.
            Console.Out.Write(result.GetValue(json) ? Json(cube) : SafeText.Printable(Text(cube)));
            return Task.CompletedTask;
        }));
        return command;
    }

    internal static string Json(DataCube cube)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", cube.Format);
            writer.WriteString("label", cube.Label);
            if (cube.Dialect is { } dialect)
            {
                writer.WriteStartObject("dialect");
                writer.WriteString("separator", dialect.Separator.ToString());
                writer.WriteString("decimal", dialect.DecimalMark.ToString());
                writer.WriteEndObject();
            }

            writer.WriteStartArray("dimensions");
            foreach (var dimension in cube.Dimensions)
            {
                writer.WriteStartObject();
                writer.WriteString("id", dimension.Id);
                writer.WriteString("label", dimension.Label);
                writer.WriteNumber("size", dimension.Size);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("cells", cube.Size);
            writer.WriteNumber("present", cube.Present);
            writer.WriteStartObject("status");
            foreach (var (symbol, count) in cube.StatusCounts)
            {
                writer.WriteNumber(symbol, count);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static string Text(DataCube cube)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(Messages.Format("cli.inspect.format", ("format", cube.Format)));
        text.AppendLine(Messages.Format("cli.inspect.title", ("title", cube.Label)));
        if (cube.Dialect is { } dialect)
        {
            text.AppendLine(Messages.Format("cli.inspect.dialect", ("dialect", dialect.Describe())));
        }

        text.AppendLine(Messages.Format("cli.inspect.dimensions"));
        foreach (var dimension in cube.Dimensions)
        {
            var role = dimension.Id == cube.TimeDimension ? " " + Messages.Format("cli.inspect.time") : string.Empty;
            var sample = string.Join(", ", dimension.Categories.Take(6).Select(c => c.Code == c.Label ? c.Code : $"{c.Code} {c.Label}"));
            text.AppendLine($"  {dimension.Id}{role}: {Messages.Format("cli.inspect.categories", ("n", dimension.Size))}: {sample}{(dimension.Size > 6 ? ", …" : string.Empty)}");
        }

        text.AppendLine(Messages.Format("cli.inspect.cells", ("cells", cube.Size), ("present", cube.Present)));
        var status = cube.StatusCounts;
        text.AppendLine(status.Count == 0 ? Messages.Format("cli.inspect.no-status") : Messages.Format("cli.inspect.status", ("symbols", string.Join(", ", status.Select(s => Messages.Format("cli.inspect.status-count", ("symbol", s.Key), ("count", s.Value)))))));
        if (cube.Decimals is { } decimals)
        {
            text.AppendLine(Messages.Format("cli.inspect.decimals", ("decimals", decimals)));
        }

        return text.ToString();
    }
}
