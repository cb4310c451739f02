namespace AnnualReport.Model;

/// <summary>
/// Something the machine lacks (a browser, the fonts), not a fault in the input. The message is
/// one line that names the fix; the command line exits with code 3.
/// </summary>
public class EnvironmentException(string message, Exception? inner = null) : Exception(message, inner);
