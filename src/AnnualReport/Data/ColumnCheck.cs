using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// A mapping against a tidy table's header (CSV or sheet): a column the catalogue names that the
/// header lacks, or a header column nobody names, is the header's problem as much as the
/// catalogue's. It is reported at the header, naming the columns on both sides, and a column
/// spelt nearly as the missing one ('år' for 'aar', 'kjonn' for 'kjønn') is pointed at.
/// </summary>
internal sealed class ColumnCheck(DataCube cube, IReadOnlyList<TableColumn> columns, DataSource source, IReadOnlyList<string> expected)
{
    private readonly HashSet<string> _suggested = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The check for a table cube; null for formats whose dimensions are not columns.</summary>
    public static ColumnCheck? For(DataCube cube, DataSource source, IReadOnlyList<string> expected) =>
        cube.Columns is { } columns ? new ColumnCheck(cube, columns, source, expected) : null;

    /// <summary>The catalogue names <paramref name="name"/> for <paramref name="role"/>, and the header has no such column.</summary>
    public void Missing(string name, string role, OncePerKey errors)
    {
        var near = cube.Dimensions.Select(d => d.Id)
            .Where(id => !expected.Contains(id, StringComparer.OrdinalIgnoreCase) && !_suggested.Contains(id))
            .FirstOrDefault(id => NearMiss(id, name));
        if (near is not null)
        {
            _suggested.Add(near);
            errors.Add("unknown-dimension", Messages.Format("mapping.column.near", Args(("column", name), ("found", near), ("role", role))), WhereOf(near), name);
            return;
        }

        errors.Add("unknown-dimension", Messages.Format("mapping.column.missing", Args(("column", name), ("role", role))), cube.HeaderWhere, name);
    }

    /// <summary>A header column with several categories that the catalogue does not name, at its place in the header.</summary>
    public void Unexpected(Dimension dimension, OncePerKey errors)
    {
        if (_suggested.Contains(dimension.Id))
        {
            return; // already reported as the near miss of a column the catalogue names
        }

        errors.Add("unmapped-dimension", Messages.Format("mapping.column.unexpected", Args(("column", dimension.Id), ("size", dimension.Size))), WhereOf(dimension.Id), dimension.Id);
    }

    private (string Name, object? Value)[] Args(params (string Name, object? Value)[] args) =>
    [
        .. args,
        ("where", source.Where),
        ("expected", string.Join(", ", expected.Select(e => SafeText.Excerpt(e, 40)))),
        ("columns", string.Join(", ", columns.Select(c => SafeText.Excerpt(c.Name, 40)))),
    ];

    private SourceSpan WhereOf(string name) =>
        columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))?.Where ?? cube.HeaderWhere;

    /// <summary>The same name but for case, Norwegian letters written out (å as aa, ø as o, æ as ae), separators, or one or two slips of the keyboard.</summary>
    internal static bool NearMiss(string a, string b)
    {
        var (x, y) = (Fold(a), Fold(b));
        return Distance(x, y) <= (Math.Max(x.Length, y.Length) <= 4 ? 1 : 2);
    }

    private static string Fold(string name)
    {
        var folded = new System.Text.StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            _ = c switch
            {
                'å' => folded.Append('a').Append('a'),
                'æ' => folded.Append('a').Append('e'),
                'ø' => folded.Append('o'),
                _ when char.IsLetterOrDigit(c) => folded.Append(c),
                _ => folded,
            };
        }

        return folded.ToString();
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn one name into the other.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
