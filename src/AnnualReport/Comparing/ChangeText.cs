using System.Globalization;
using AnnualReport.Model;

namespace AnnualReport.Comparing;

/// <summary>
/// The parts of a change a report shows, worded by the caller's function (the program's messages
/// on the terminal, the edition's phrase book in the HTML report): where it is, and its old and
/// new value. Figures are written with <paramref name="culture"/>'s decimal mark.
/// </summary>
internal sealed class ChangeText(Func<string, (string Name, object? Value)[], string> word, CultureInfo culture)
{
    public string Kind(BuildChange change) => word("kinds." + change.Kind, []);

    /// <summary>Where the change is, below the theme and indicator it is grouped under.</summary>
    public string Where(BuildChange change)
    {
        var where = change.Where;
        var parts = new List<string>();
        if (where.Group is not null)
        {
            parts.Add(where.Category is null ? where.Group : $"{where.Group}, {where.Breakdown} {where.Category}");
        }

        if (where.Period is { } period)
        {
            parts.Add(period);
        }
        else if (where.Year is { } year)
        {
            parts.Add(year.ToString(CultureInfo.InvariantCulture));
        }

        if (where.Field is not null)
        {
            parts.Add(where.Field);
        }

        if (where.Page is not null)
        {
            parts.Add(where.Heading is null ? where.Page : word("where.heading", [("page", where.Page), ("heading", where.Heading)]));
        }

        if (where.Ref is not null)
        {
            parts.Add(word("where.ref", [("ref", where.Ref)]));
        }

        if (where.File is not null)
        {
            parts.Add(where.File);
        }

        if (where.Chart is not null && where.Page is null)
        {
            parts.Add(where.Chart);
        }

        return SafeText.Printable(string.Join(", ", parts));
    }

    public string? Value(object? value, int limit = 160) => value switch
    {
        null => null,
        FigureCell cell => Cell(cell),
        RawJson raw when double.TryParse(raw.Json, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number.ToString("#,0.######", culture),
        RawJson raw => SafeText.Excerpt(SafeText.Printable(raw.Json), limit),
        _ => SafeText.Excerpt(SafeText.Printable(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty), limit),
    };

    /// <summary>Whether a change's words are shown word by word (text) rather than as old and new value.</summary>
    public static bool IsText(BuildChange change) =>
        change.Old is string && change.New is string && change.Kind is ChangeKind.TextChanged or ChangeKind.SourceChanged or ChangeKind.NoteChanged;

    /// <summary>Whether old and new read the same (a chart whose drawing changed but not its words): then only the place is shown.</summary>
    public static bool ReadsTheSame(BuildChange change) => change.Old is string a && change.New is string b && a == b;

    private string Cell(FigureCell cell)
    {
        var number = cell.Value is { } value ? value.ToString("#,0.######", culture) : "..";
        return cell.Status is null ? number : $"{number} ({SafeText.Printable(cell.Status)})";
    }
}
