using System.CommandLine;
using System.Globalization;
using AnnualReport.Editions;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Cli;

/// <summary><c>annual-report new-edition YEAR [--from YEAR]</c>: starts next year's edition from the last one.</summary>
internal static class NewEditionCommand
{
    public static Command Create()
    {
        var year = new Argument<string>("YEAR") { Description = Messages.Format("cli.argument.year") };
        var from = new Option<string?>("--from") { Description = Messages.Format("cli.option.from") };
        var command = new Command("new-edition", Messages.Format("cli.command.new-edition")) { year, from };
        command.SetAction((result, _) => Runner.RunAsync(() =>
        {
            var project = Environment.CurrentDirectory;
            var target = Year(result.GetValue(year)!, "YEAR");
            var source = result.GetValue(from) is { } text ? Year(text, "--from") : (int?)null;
            var made = NewEdition.Start(project, target, source, DateOnly.FromDateTime(DateTime.Now));
            Console.Out.Write(SafeText.Printable(Report(made, target, EditionFiles.Shown(project, made.Folder))));
            return Task.CompletedTask;
        }));
        return command;
    }

    private static int Year(string text, string option) =>
        EditionFolders.YearOf(text) ?? throw new InputException(Diagnostic.Error("bad-option", Messages.Format("edition.bad-year", ("option", option), ("value", SafeText.Excerpt(text, 40))), SourceSpan.ForFile(option)));

    /// <summary>What was made, and the analyst's list of what to update now, in the UI language.</summary>
    internal static string Report(NewEdition.Result made, int year, string folder)
    {
        var lines = new List<string>
        {
            Messages.Format("new-edition.done", ("year", year), ("folder", folder + "/"), ("from", made.From)),
        };
        var catalogue = $"{folder}/{EditionFolders.CatalogueFile}";
        if (made.Changed.Count > 0)
        {
            lines.Add(Messages.Format("new-edition.changed", ("year", year)));
            lines.AddRange(made.Changed.Select(c => $"  {catalogue}({c.Line}) {c.Path}: {c.After}"));
        }

        lines.Add(string.Empty);
        lines.Add(Messages.Format("new-edition.todo"));
        var step = 0;
        if (made.DataFiles.Count > 0)
        {
            lines.Add($"{++step}. " + Messages.Format("new-edition.todo-data", ("n", made.DataFiles.Count)));
            lines.AddRange(made.DataFiles.Select(d => $"   {folder}/{d.File}" + (d.LastYear is { } last ? "  " + Messages.Format("new-edition.last-year", ("year", last.ToString(CultureInfo.InvariantCulture))) : string.Empty)));
        }

        if (made.TextFiles.Count > 0)
        {
            lines.Add($"{++step}. " + Messages.Format("new-edition.todo-text", ("files", string.Join(", ", made.TextFiles.Select(f => $"{folder}/{f}")))));
        }

        if (made.Left.Count > 0)
        {
            lines.Add($"{++step}. " + Messages.Format("new-edition.todo-left", ("year", made.From)));
            lines.AddRange(made.Left.Select(c => $"   {catalogue}({c.Line}) {c.Path}: {SafeText.Excerpt(c.Before, 100)}"));
        }

        if (made.Geography.Count > 0)
        {
            lines.Add($"{++step}. " + Messages.Format("new-edition.todo-geography", ("files", string.Join(", ", made.Geography.Select(f => $"{folder}/{f}"))), ("year", year)));
        }

        lines.Add(string.Empty);
        lines.Add(Messages.Format("new-edition.next", ("year", year)));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
