using System.Runtime.InteropServices;
using AnnualReport.Model;

namespace AnnualReport.Publishing;

/// <summary>
/// Turns a failed write into what it is for the person at the keyboard: a full disk, a read-only
/// or forbidden folder is a problem of the machine (exit code 3), named in one line with the folder.
/// </summary>
public static class MachineFault
{
    // errno values on Linux and macOS; .NET keeps them as the HResult of the IOException it throws.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;
    private const int QuotaExceededMac = 69;

    // Windows: ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL, ERROR_WRITE_PROTECT.
    private const int DiskFullWindows = unchecked((int)0x80070070);
    private const int HandleDiskFullWindows = unchecked((int)0x80070027);
    private const int WriteProtectWindows = unchecked((int)0x80070013);

    /// <summary>The machine problem behind <paramref name="e"/> while writing <paramref name="folder"/>, or null when it is none.</summary>
    public static EnvironmentException? Classify(Exception e, string folder)
    {
        var cause = e switch
        {
            UnauthorizedAccessException => "ingen skrivetilgang",
            IOException io when io.HResult is ReadOnlyFileSystem or WriteProtectWindows => "filsystemet er skrivebeskyttet",
            IOException io when io.HResult is NoSpace or DiskFullWindows or HandleDiskFullWindows || IsNearlyFull(folder) => "disken er full",
            IOException io when io.HResult is QuotaExceeded && RuntimeInformation.IsOSPlatform(OSPlatform.Linux) => "diskkvoten er brukt opp",
            IOException io when io.HResult is QuotaExceededMac && RuntimeInformation.IsOSPlatform(OSPlatform.OSX) => "diskkvoten er brukt opp",
            IOException => "skrivingen feilet",
            _ => null,
        };
        return cause is null
            ? null
            : new EnvironmentException($"Kan ikke skrive til {folder}: {cause} ({SafeText.Excerpt(e.Message, 120)}). Den forrige utgaven er urørt; frigjør plass, gi skrivetilgang eller velg en annen mappe med --out.", e);
    }

    // .NET reports a file that does not fit when it is created with its final size (File.WriteAllText
    // does that) with a plain IOException, without the system's error number; a disk with almost
    // nothing left tells what happened.
    private static bool IsNearlyFull(string folder)
    {
        try
        {
            var existing = new DirectoryInfo(folder);
            while (existing is not null && !existing.Exists)
            {
                existing = existing.Parent;
            }

            return existing is not null && new DriveInfo(existing.FullName).AvailableFreeSpace < NearlyFull;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private const long NearlyFull = 16L * 1024 * 1024;

    /// <summary>Runs a step that writes into <paramref name="folder"/>, turning machine faults into <see cref="EnvironmentException"/>.</summary>
    public static async Task<T> GuardAsync<T>(string folder, Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && Classify(e, folder) is { } fault)
        {
            throw fault;
        }
    }
}
