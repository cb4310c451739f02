namespace AnnualReport.Tests.Disclosure;

/// <summary>
/// One figure as a reader finds it in a published file: a value with its 95 % limits, or a status
/// symbol (<c>:</c> confidential, <c>..</c> too uncertain, <c>.</c> not applicable, <c>-</c> nil).
/// </summary>
/// <param name="Source">The published file and where in it, for messages.</param>
/// <param name="Region">Municipality or county code ("0301", "03"), the country's code, or a comparison group's name.</param>
internal sealed record PublishedCell(
    string Source,
    string Indicator,
    string Group,
    RegionLevel Level,
    string Region,
    int Year,
    PublishedNumber? Value,
    PublishedNumber? Lower,
    PublishedNumber? Upper,
    string? Status)
{
    /// <summary>Shown as <c>:</c> or <c>..</c>: withheld, so it must not be recoverable.</summary>
    public bool IsHidden => Status is ":" or "..";

    public override string ToString() => $"{Indicator}/{Group}/{Year}/{Level} {Region} in {Source}";
}
