namespace AnnualReport.Municipal;

/// <summary>What a generated fact-sheet sentence says about a figure; the phrase book words each kind.</summary>
public enum FactSentenceKind
{
    /// <summary>Hidden because it rests on too few people (<c>:</c>).</summary>
    Confidential,

    /// <summary>Too uncertain to show (<c>..</c>).</summary>
    Uncertain,

    /// <summary>Not shown: the municipality has new borders and no figure from before the change (<c>.</c>).</summary>
    NewBorders,

    /// <summary>Cannot be computed: no one in the group (<c>.</c>).</summary>
    NotApplicable,

    /// <summary>No figure at all for the year.</summary>
    Missing,

    /// <summary>Significantly higher than the rest of the country.</summary>
    Higher,

    /// <summary>Significantly lower than the rest of the country.</summary>
    Lower,

    /// <summary>Not significantly different from the rest of the country.</summary>
    NotDifferent,

    /// <summary>The figure alone, when it could not be tested.</summary>
    Value,

    /// <summary>The indirectly standardised rate and the ratio of observed to expected.</summary>
    Adjusted,
}
