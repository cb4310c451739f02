namespace AnnualReport.Data;

/// <summary>A file to read: where it is, and how messages name it (relative to the user's folder).</summary>
public sealed record InputFile(string Path, string Display)
{
    /// <summary>The CSV dialect the catalogue declares for the file; null to detect it from the header line.</summary>
    public CsvDialect? Dialect { get; init; }

    /// <summary>A file named in messages by the path it was given as.</summary>
    public static InputFile At(string path) => new(path, path);
}
