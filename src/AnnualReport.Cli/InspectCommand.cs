using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using AnnualReport.Data;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary><c>annual-report inspect FILE [--json]</c>: what a CSV, Excel, JSON-stat, PX or Eurostat TSV file holds (with each symbol and flag as the file writes it, counted), and the separator and decimal mark a CSV file is read with.</summary>
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
            var cube = CubeReaders.Summarise(result.GetValue(file)!, diagnostics);
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

    internal static string Json(CubeSummary cube)
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
                writer.WriteStartArray("codes");
                foreach (var category in dimension.Categories)
                {
                    writer.WriteStringValue(category.Code);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("cells", cube.Cells);
            writer.WriteNumber("present", cube.Present);
            writer.WriteNumber("written", cube.Written);
            writer.WriteNumber("missing", cube.Written - cube.Present);
            if (cube.Rows is { } rows)
            {
                writer.WriteNumber("rows", rows);
                writer.WriteNumber("periods", cube.Dimensions.FirstOrDefault(d => d.Id == cube.TimeDimension)?.Size ?? 0);
            }

            if (cube.Span is { } span)
            {
                writer.WriteNumber("span", span);
            }

            writer.WriteStartObject("status");
            foreach (var (symbol, count) in cube.StatusCounts)
            {
                writer.WriteNumber(symbol, count);
            }

            writer.WriteEndObject();
            WriteFlags(writer, cube);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    /// <summary>Each flag as the file writes it with the cells carrying it, and what the format's vocabulary says each symbol and flag means.</summary>
    private static void WriteFlags(Utf8JsonWriter writer, CubeSummary cube)
    {
        writer.WriteStartObject("flags");
        foreach (var (flag, count) in cube.FlagCounts)
        {
            writer.WriteNumber(flag, count);
        }

        writer.WriteEndObject();
        if (cube.Combinations is { } combinations)
        {
            writer.WriteStartObject("combinations");
            foreach (var (written, count) in combinations)
            {
                writer.WriteNumber(written, count);
            }

            writer.WriteEndObject();
        }

        var vocabulary = StatusVocabulary.ForFormat(cube.Format);
        writer.WriteStartObject("meanings");
        foreach (var symbol in cube.StatusCounts.Keys.Concat(cube.FlagCounts.Keys))
        {
            if (vocabulary.MeaningOf(symbol) is { } meaning)
            {
                writer.WriteString(symbol, meaning);
            }
        }

        writer.WriteEndObject();
    }

    private static string Text(CubeSummary cube)
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

        text.AppendLine(Messages.Format("cli.inspect.cells", ("cells", cube.Cells), ("present", cube.Present)));
        var status = cube.StatusCounts;
        text.AppendLine(status.Count == 0 ? Messages.Format("cli.inspect.no-status") : Messages.Format("cli.inspect.status", ("symbols", string.Join(", ", status.Select(s => Messages.Format("cli.inspect.status-count", ("symbol", s.Key), ("count", s.Value)))))));
        var flags = cube.FlagCounts;
        if (flags.Count > 0 || cube.Format == EurostatTsvReader.FormatName)
        {
            text.AppendLine(Messages.Format("tsv.inspect-written", ("written", cube.Written)));
            text.AppendLine(flags.Count == 0 ? Messages.Format("tsv.inspect-no-flags") : Messages.Format("tsv.inspect-flags", ("flags", string.Join(", ", flags.Select(s => Messages.Format("cli.inspect.status-count", ("symbol", s.Key), ("count", s.Value)))))));
            if (cube.Combinations is { Count: > 0 } combinations)
            {
                text.AppendLine(Messages.Format("tsv.inspect-combinations", ("combinations", string.Join(", ", combinations.Select(s => Messages.Format("cli.inspect.status-count", ("symbol", s.Key), ("count", s.Value)))))));
            }
        }

        if (cube.Decimals is { } decimals)
        {
            text.AppendLine(Messages.Format("cli.inspect.decimals", ("decimals", decimals)));
        }

        return text.ToString();
    }
}
