using System.Runtime.InteropServices;

namespace Analyzer.SampleHost;

/// <summary>Tells a regular file from a device, a named pipe or a socket, which look like files to <see cref="File"/>
/// but can block on open (a pipe) or never end (<c>/dev/zero</c>).</summary>
internal static class RegularFile
{
    private const int FileTypeMask = 0xF000;
    private const int RegularFileType = 0x8000;

    /// <summary>True when <paramref name="path"/>, with symbolic links followed, is an existing regular file.</summary>
    public static bool Is(string path)
    {
        if (OperatingSystem.IsWindows()) return File.Exists(path);
        return Stat(path, out var status) == 0 && (status.Mode & FileTypeMask) == RegularFileType;
    }

    // .NET has no public API for the Unix file type; the runtime's own native shim (which File uses) reports it in
    // the same normalized form on every Unix.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    /// <summary>The runtime's FileStatus: Mode follows a 4-byte Flags field; the size leaves room for every field after it.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct FileStatus
    {
        [FieldOffset(4)]
        public int Mode;
    }
}
