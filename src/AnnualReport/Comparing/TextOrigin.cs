namespace AnnualReport.Comparing;

/// <summary>Where the words of a text block come from, which decides how a change in them is reported.</summary>
public enum TextOrigin
{
    /// <summary>The editors' curated text (text.yaml).</summary>
    Curated,

    /// <summary>Written by the program from the catalogue and the figures.</summary>
    Generated,

    /// <summary>A source line (figure caption, "Kilde").</summary>
    Source,

    /// <summary>A note under a figure or table, or an indicator's definition.</summary>
    Note,
}
