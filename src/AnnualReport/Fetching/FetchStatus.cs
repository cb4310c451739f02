namespace AnnualReport.Fetching;

/// <summary>What fetching one table did.</summary>
public enum FetchStatus
{
    /// <summary>The table had not changed; the files were left as they were.</summary>
    Unchanged,

    /// <summary>There was no file; it was written.</summary>
    New,

    /// <summary>The file was replaced by the table's current figures.</summary>
    Updated,

    /// <summary>The table could not be fetched; the files were left as they were.</summary>
    Failed,
}
