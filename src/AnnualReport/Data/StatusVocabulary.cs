using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// A data source's status vocabulary: each symbol or flag the source writes, mapped to one
/// meaning (<see cref="StatusMeanings"/>). The default depends on the format (SSB's four symbols,
/// or Eurostat's flags for its TSV files); the catalogue may override it per source
/// (<c>data.symbols</c>). Symbols the vocabulary does not know pass through unchanged.
/// </summary>
public sealed class StatusVocabulary
{
    private readonly Dictionary<string, string> _meanings;

    private StatusVocabulary(IEnumerable<KeyValuePair<string, string>> meanings) =>
        _meanings = new Dictionary<string, string>(meanings, StringComparer.Ordinal);

    /// <summary>SSB's symbols, for CSV, Excel, JSON-stat and PX files: each stays the symbol it is.</summary>
    public static StatusVocabulary Ssb { get; } = new(new Dictionary<string, string>
    {
        [StatusSymbols.NotAvailable] = StatusMeanings.NotAvailable,
        [StatusSymbols.Confidential] = StatusMeanings.Confidential,
        [StatusSymbols.NotApplicable] = StatusMeanings.NotApplicable,
        [StatusSymbols.Nil] = StatusMeanings.Nil,
    });

    /// <summary>
    /// Eurostat's symbol and flags in its TSV files, the bulk download's and the dissemination
    /// API's alike (Eurostat, "Codes and flags" of the data browser; the flag list as Eurostat
    /// publishes it is quoted in datacommonsorg/data issue 128): ':' not available (not
    /// confidential, as it is for SSB), b break in time series, c confidential, d definition
    /// differs (see metadata), e estimated, f forecast, n not significant, p provisional, r revised,
    /// s Eurostat estimate, u low reliability, z not applicable. The older bulk files also wrote
    /// i, "see metadata" (phased out before 2023): the figure departs from the dataset's standard and
    /// the metadata says how, which is what "definition differs" tells a reader. A cell may carry
    /// several letters together (<c>12.5 bep</c>); each is read on its own.
    /// </summary>
    public static StatusVocabulary Eurostat { get; } = new(new Dictionary<string, string>
    {
        [":"] = StatusMeanings.NotAvailable,
        ["b"] = StatusMeanings.Break,
        ["c"] = StatusMeanings.Confidential,
        ["d"] = StatusMeanings.DefinitionDiffers,
        ["e"] = StatusMeanings.Estimated,
        ["f"] = StatusMeanings.Forecast,
        ["i"] = StatusMeanings.DefinitionDiffers,
        ["n"] = StatusMeanings.NotSignificant,
        ["p"] = StatusMeanings.Provisional,
        ["r"] = StatusMeanings.Revised,
        ["s"] = StatusMeanings.Estimated,
        ["u"] = StatusMeanings.LowReliability,
        ["z"] = StatusMeanings.NotApplicable,
    });

    /// <summary>Symbol or flag → meaning.</summary>
    public IReadOnlyDictionary<string, string> Meanings => _meanings;

    /// <summary>The default vocabulary of a cube's format.</summary>
    public static StatusVocabulary ForFormat(string format) => format == EurostatTsvReader.FormatName ? Eurostat : Ssb;

    /// <summary>This vocabulary with the catalogue's overrides (symbol → meaning) in place.</summary>
    public StatusVocabulary With(IReadOnlyDictionary<string, string> overrides) =>
        overrides.Count == 0 ? this : new(_meanings.Where(m => !overrides.ContainsKey(m.Key)).Concat(overrides));

    public string? MeaningOf(string symbol) => _meanings.GetValueOrDefault(symbol);

    /// <summary>
    /// A flag the vocabulary gives no meaning (<c>unknown-flag</c>), once per flag at the first cell
    /// carrying it: a figure is never published with a flag nobody can explain. The catalogue's
    /// <c>data.symbols</c> can give it one.
    /// </summary>
    public void ReportUnknown(DataCube cube, List<Diagnostic> diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in cube.Cells.OfType<CubeCell>())
        {
            foreach (var flag in cell.Flags.Where(f => !_meanings.ContainsKey(f) && reported.Add(f)))
            {
                diagnostics.Add(Diagnostic.Error("unknown-flag", Localization.Messages.Format("tsv.unknown-flag-meaning", ("flag", SafeText.Excerpt(flag)), ("flags", string.Join(" ", _meanings.Keys.Where(k => k.All(char.IsLetter)).Order(StringComparer.Ordinal)))), cell.Where));
            }
        }
    }

    /// <summary>
    /// The cube with every cell read through the vocabulary: a missing meaning (from the symbol or
    /// any flag; confidential first) makes the cell missing with SSB's symbol for it, even when
    /// the file gives a value, so a confidential figure is never published; flag meanings become
    /// the cell's <see cref="CubeCell.Marks"/>. A cube that needs no change is returned as it is.
    /// </summary>
    public DataCube Apply(DataCube cube)
    {
        // SSB's own symbols already are what the pages show: the figures stay exactly as read.
        if (ReferenceEquals(this, Ssb))
        {
            return cube;
        }

        var changed = false;
        var cells = new CubeCell?[cube.Cells.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = cube.Cells[i] is { } cell ? Apply(cell) : null;
            changed |= !ReferenceEquals(cells[i], cube.Cells[i]);
        }

        return changed ? cube with { Cells = cells } : cube;
    }

    private CubeCell Apply(CubeCell cell)
    {
        var meanings = new List<string>();
        var statusKnown = cell.Status is { } status && _meanings.TryGetValue(status, out var statusMeaning) && Add(meanings, statusMeaning);
        foreach (var flag in cell.Flags)
        {
            if (_meanings.TryGetValue(flag, out var meaning))
            {
                Add(meanings, meaning);
            }
        }

        var missing = StatusMeanings.All.FirstOrDefault(m => StatusMeanings.IsMissing(m) && meanings.Contains(m));
        var marks = StatusMeanings.Flags.Where(meanings.Contains).ToList();
        var newStatus = missing is not null ? StatusMeanings.Symbol(missing) : statusKnown ? null : cell.Status;
        var value = missing is not null ? null : cell.Value;
        if (newStatus == cell.Status && value == cell.Value && marks.Count == 0)
        {
            return cell;
        }

        // A figure that becomes missing loses its counts too: they would give it away.
        return missing is not null && cell.Value is not null
            ? cell with { Value = null, Status = newStatus, Numerator = null, Denominator = null, Marks = marks }
            : cell with { Value = value, Status = newStatus, Marks = marks };
    }

    private static bool Add(List<string> meanings, string meaning)
    {
        meanings.Add(meaning);
        return true;
    }
}
