namespace AnnualReport.Rendering;

/// <summary>
/// HTML the program made safe itself (a chart's SVG, curated text through the Markdown allow-list,
/// a rendered partial): the only kind of value a template writes without escaping.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public static readonly TrustedHtml Empty = new(string.Empty);

    public override string ToString() => Html;
}
