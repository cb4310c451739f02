using System.Text;

namespace AnnualReport.Comparing;

/// <summary>An open element of the page being read.</summary>
internal sealed class HtmlElement(string name, string attributes)
{
    public string Name { get; } = name;

    public string Id { get; } = HtmlPageReader.Attribute(attributes, "id");

    public string Ref { get; } = HtmlPageReader.Attribute(attributes, "data-ref");

    public string Href { get; } = HtmlPageReader.Attribute(attributes, "href");

    public IReadOnlyList<string> Classes { get; } = HtmlPageReader.Attribute(attributes, "class").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public StringBuilder? Text { get; set; }

    public string? Fragment { get; set; }

    public bool Has(string cssClass) => Classes.Contains(cssClass, StringComparer.Ordinal);
}
