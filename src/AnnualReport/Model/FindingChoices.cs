namespace AnnualReport.Model;

/// <summary>
/// The editors' say over the key findings (<c>findings:</c> in <c>text.yaml</c>, the main language's
/// file, for every language): indicators whose finding is always shown (<see cref="Pin"/>), in that
/// order before the chosen ones, and indicators never shown (<see cref="Drop"/>). The sentence of a
/// finding may be reworded per language (<c>findings.text.&lt;indicator&gt;</c>), with live figures.
/// </summary>
public sealed record FindingChoices(IReadOnlyList<string> Pin, IReadOnlyList<string> Drop)
{
    public static FindingChoices None { get; } = new([], []);
}
