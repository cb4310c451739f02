using System.Globalization;
using System.Text.RegularExpressions;
using AnnualReport.Localization;
using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// How a CSV file separates fields and writes decimals. A tidy CSV uses commas and decimal points
/// (RFC 4180); a CSV saved by Excel in a Norwegian (or other European) locale uses semicolons,
/// because the comma is its decimal mark. The header line tells them apart: semicolons and no
/// comma there mean the Excel kind, whose values may then use a decimal comma (a decimal point is
/// read too). The catalogue may declare it instead (<c>data.separator</c>, <c>data.decimal</c>).
/// </summary>
public sealed partial record CsvDialect(char Separator, bool DecimalComma)
{
    public static readonly CsvDialect Tidy = new(',', false);

    public static readonly CsvDialect Excel = new(';', true);

    /// <summary>Where the catalogue declared this dialect; null when it was read from the header line.</summary>
    public SourceSpan? DeclaredAt { get; init; }

    /// <summary>The decimal mark as stated to the user: ',' where a decimal comma is read (a point is read too), else '.'.</summary>
    public char DecimalMark => DecimalComma ? ',' : '.';

    /// <summary>The dialect a data source declares in the catalogue; null when it declares none.</summary>
    public static CsvDialect? Declared(DataSource source) =>
        source.Separator is { } separator
            ? new CsvDialect(separator, source.DecimalMark == ',') { DeclaredAt = source.DialectWhere }
            : null;

    /// <summary>The dialect in words, for <c>inspect</c> and for messages that it explains: separator, decimal mark, declared or detected.</summary>
    public string Describe() => Messages.Format(
        DeclaredAt is null ? "csv.dialect.detected" : "csv.dialect.declared", ("separator", Separator), ("decimal", DecimalMark));

    /// <summary>
    /// A message about a file's contents, with the dialect it was read in: a wrong separator shows up
    /// as another kind of error. For a header or row that does not fit (<paramref name="shape"/>) a
    /// detected dialect may be the cause, and the message says how to declare another.
    /// </summary>
    public string Explain(string message, bool shape = false) =>
        Messages.Format(shape && DeclaredAt is null ? "csv.dialect.explained-detected" : "csv.dialect.explained", ("message", message), ("dialect", Describe()));

    /// <summary>The dialect of a file, from its header line (quoted parts left out).</summary>
    public static CsvDialect Detect(string text)
    {
        var header = HeaderLine(text);
        return header.Contains(';', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal) ? Excel : Tidy;
    }

    /// <summary>The first line of a file with its quoted parts left out: what separates its columns.</summary>
    private static string HeaderLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return QuotedPart().Replace(end < 0 ? text : text[..end], string.Empty);
    }

    /// <summary>A number as this dialect writes it: 68.2 always; 68,2 where the decimal mark is a comma.</summary>
    public bool TryParse(string text, NumberStyles styles, out double number)
    {
        var invariant = DecimalComma && CommaDecimal().IsMatch(text) ? text.Replace(',', '.') : text;
        return double.TryParse(invariant, styles, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedPart();

    /// <summary>One decimal comma between digits, as 68,2 or -0,5: never a thousands separator (1,234,567 is refused).</summary>
    [GeneratedRegex(@"^[+-]?\d+,\d+$")]
    private static partial Regex CommaDecimal();
}
