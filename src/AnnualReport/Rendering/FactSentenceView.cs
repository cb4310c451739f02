namespace AnnualReport.Rendering;

/// <summary>
/// A generated sentence as data for the template, which words it with <c>municipal.sentences.&lt;kind&gt;</c>.
/// </summary>
/// <param name="Kind">The phrase key: <c>confidential</c>, <c>higher</c>, <c>adjusted</c> …</param>
/// <param name="Indicator">The indicator's title as it stands inside a sentence (small first letter, acronyms kept).</param>
/// <param name="Group">The group's label.</param>
/// <param name="ShowGroup">Whether the indicator has several groups, so the sentence names the group.</param>
/// <param name="Value">The municipality's figure, or the adjusted rate for <c>adjusted</c>.</param>
/// <param name="Rest">The rest of the country's rate it was tested against.</param>
/// <param name="Ratio">Observed over expected, for <c>adjusted</c>.</param>
/// <param name="By">The breakdown standardised for, for <c>adjusted</c>.</param>
public sealed record FactSentenceView(
    string Kind,
    string Indicator,
    string Group,
    bool ShowGroup,
    int Year,
    int Decimals,
    string Unit,
    double? Value,
    double? Rest,
    double? Ratio,
    string By)
{
    /// <summary>The source's flags on the municipality's figure the sentence states (<see cref="Value"/>), marked after it.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];
}
