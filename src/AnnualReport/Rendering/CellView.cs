namespace AnnualReport.Rendering;

/// <summary>A published figure or, when it is missing, its status symbol; templates write it with <c>cell</c>.</summary>
public sealed record CellView(double? Figure, string? Status)
{
    /// <summary>The source's flags on a published figure, whose marks templates write after it (function <c>marks</c>).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>A figure that is not there at all is "not available" (<c>..</c>).</summary>
    public static CellView Of(Model.Observation? observation) =>
        observation is null ? new(null, Data.StatusSymbols.NotAvailable) : new(observation.Value, observation.Status) { Flags = observation.PublishedFlags };
}
