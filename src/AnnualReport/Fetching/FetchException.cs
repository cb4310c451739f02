namespace AnnualReport.Fetching;

/// <summary>
/// One table could not be fetched (the API refused, timed out, could not be reached, or answered
/// something that is not JSON-stat); the message is one line for the user. The table's previous
/// files are left as they were. <see cref="Input"/> when the catalogue asked for something the
/// table does not have (a dimension or code), which is bad input rather than a network fault.
/// </summary>
public sealed class FetchException(string message, Exception? inner = null, bool input = false) : Exception(message, inner)
{
    public FetchException(string message, bool input)
        : this(message, null, input)
    {
    }

    public bool Input { get; } = input;
}
