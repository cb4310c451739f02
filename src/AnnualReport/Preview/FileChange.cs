namespace AnnualReport.Preview;

/// <summary>What kind of input a changed file is, and so how much of the preview has to be made again.</summary>
public enum FileChange
{
    /// <summary>Not an input: the preview's own output, an editor's temporary file, another file.</summary>
    None,

    /// <summary>Curated text: the figures, analysis and charts stay; the text and pages are made again.</summary>
    Text,

    /// <summary>Data or geography: read and analysed again.</summary>
    Data,

    /// <summary>The catalogue: everything again.</summary>
    Catalogue,

    /// <summary>Templates, phrase books, style sheets: charts and pages again, the figures stay.</summary>
    Templates,
}
