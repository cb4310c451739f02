using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>
/// One cell of the municipal country-background file as read, kept with its position so that a
/// check against the municipality's number of immigrants can name it.
/// </summary>
/// <param name="Year">The year, when the file has a year dimension.</param>
/// <param name="Group">The comparison group, when the file has a group dimension.</param>
public sealed record CountryBackgroundCount(string Region, int? Year, string? Group, string Country, double Count, SourceSpan Where);
