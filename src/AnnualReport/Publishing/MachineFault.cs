using System.Runtime.InteropServices;
using AnnualReport.Localization;
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
            UnauthorizedAccessException => "fault.write.no-access",
            IOException io when io.HResult is ReadOnlyFileSystem or WriteProtectWindows => "fault.write.read-only",
            IOException io when io.HResult is NoSpace or DiskFullWindows or HandleDiskFullWindows || IsNearlyFull(folder) => "fault.write.disk-full",
            IOException io when io.HResult is QuotaExceeded && RuntimeInformation.IsOSPlatform(OSPlatform.Linux) => "fault.write.quota",
            IOException io when io.HResult is QuotaExceededMac && RuntimeInformation.IsOSPlatform(OSPlatform.OSX) => "fault.write.quota",
            IOException => "fault.write.failed",
            _ => null,
        };
        return cause is null
            ? null
            : new EnvironmentException(Messages.Format("fault.write.message", ("folder", folder), ("cause", Messages.Format(cause)), ("detail", SafeText.Excerpt(e.Message, 120))), e);
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
