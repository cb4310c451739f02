using AnnualReport.Model;

namespace AnnualReport.Data;

/// <summary>Reads one kind of data file into a <see cref="DataCube"/>.</summary>
public interface ICubeReader
{
    /// <summary>The format name reported by <c>inspect</c>: "csv", "json-stat" or "px".</summary>
    string Format { get; }

    /// <summary>Reads the file; problems go to <paramref name="diagnostics"/>, and null means nothing usable was read.</summary>
    DataCube? Read(InputFile file, List<Diagnostic> diagnostics);
}
