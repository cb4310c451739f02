namespace AnnualReport.Charts;

/// <summary>One category: the group's and the reference's values (null when missing) and their status symbols.</summary>
public sealed record GapRow(string Label, double? Value, double? ReferenceValue, string? Status = null)
{
    /// <summary>The source's flags on the group's figure: their marks stand beside its dot and the description names them.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The source's flags on the reference's figure, marked beside its ring.</summary>
    public IReadOnlyList<string> ReferenceFlags { get; init; } = [];
}
