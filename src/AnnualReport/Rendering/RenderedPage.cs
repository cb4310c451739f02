namespace AnnualReport.Rendering;

/// <summary>One generated HTML file, by its name inside the output folder.</summary>
public sealed record RenderedPage(string FileName, string Html);
