using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AnnualReport.Preview;

/// <summary>
/// A cheap fingerprint of a set of files: path, size and last write time, never their bytes, so
/// the preview can tell after every save whether the figures changed without reading 200 MB of data.
/// </summary>
public static class InputStamps
{
    /// <summary>A short hex fingerprint of the files given (missing ones count as missing).</summary>
    public static string Of(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            var line = info.Exists
                ? string.Create(CultureInfo.InvariantCulture, $"{file}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\n")
                : $"{file}\t-\n";
            hash.AppendData(Encoding.UTF8.GetBytes(line));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }

    /// <summary>Every file below <paramref name="folder"/> (none when it does not exist), except those <paramref name="skip"/> names.</summary>
    public static IEnumerable<string> Files(string folder, Func<string, bool>? skip = null) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => skip is null || !skip(f))
            : [];
}
