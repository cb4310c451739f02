using System.Security.Cryptography;
using System.Text;

namespace AnnualReport.Publishing;

/// <summary>
/// A short fingerprint of all inputs (catalogue, content and templates): SHA-256 over each file's
/// relative path and bytes, in ordinal path order, so any change to any input changes it.
/// </summary>
public static class InputFingerprint
{
    public static string Of(string root, IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories) : File.Exists(p) ? [p] : [])
            .Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..10].ToLowerInvariant();
    }
}
