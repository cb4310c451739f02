using System.Runtime.InteropServices;

namespace AnnualReport.Model;

/// <summary>
/// Whether a path is an ordinary file. A named pipe blocks whoever opens it until another program
/// writes, and a device such as <c>/dev/zero</c> never ends: given as input, either would hang the
/// build instead of failing it, so the readers refuse anything but an ordinary file.
/// </summary>
public static class FileKind
{
    // The file-type bits of the mode, as .NET's own native layer reports them on every Unix
    // (pal_io.h: S_IFMT and S_IFREG), whatever the processor's struct stat looks like.
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>False for a pipe, socket, device or folder; true for an ordinary file (links followed) or when the kind cannot be told.</summary>
    public static bool IsOrdinary(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return !Directory.Exists(path);
        }

        try
        {
            // FileStatus starts with two int32 fields, Flags and Mode; the rest is not needed.
            var status = new byte[256];
            return Stat(path, status) != 0 || (BitConverter.ToInt32(status, 4) & TypeMask) == Regular;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return !Directory.Exists(path);
        }
    }

    // A plain DllImport: LibraryImport would need unsafe code for the whole library.
#pragma warning disable SYSLIB1054, CA5392
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
#pragma warning restore SYSLIB1054, CA5392
}
