using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>A column of a tidy table's header (a CSV file or a sheet): its name and where the name is written.</summary>
public sealed record TableColumn(string Name, SourceSpan Where);
