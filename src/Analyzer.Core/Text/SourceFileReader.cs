using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Analyzer.Core.Text;

/// <summary>
/// Reads a source file's bytes, refusing what is not a regular file (a FIFO blocks a reader forever, a device never
/// ends) and what is larger than a limit. On Linux the file is opened without blocking and its kind and size are asked
/// of the open descriptor, so a file swapped for a FIFO or a device after it was listed cannot hang or flood the read;
/// the read itself stops one byte past the limit whatever the file claims.
/// </summary>
internal static partial class SourceFileReader
{
    private const int ReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
    private const int EmptyPath = 0x1000;                    // AT_EMPTY_PATH: statx describes the descriptor itself
    private const uint TypeAndSize = 0x1 | 0x200;            // STATX_TYPE | STATX_SIZE
    private const int SharedLockNonBlocking = 1 | 4;         // LOCK_SH | LOCK_NB
    private const int WouldBlock = 11;                       // EWOULDBLOCK
    private const int ModeOffset = 28, SizeOffset = 40, StatxSize = 256;

    public static byte[] ReadAll(string path, long maxBytes)
    {
        using var handle = OperatingSystem.IsLinux() ? OpenRegularOnLinux(path, maxBytes) : OpenRegular(path, maxBytes);
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw TooLarge(buffer.Length, maxBytes, exact: false);
        }
        return buffer.ToArray();
    }

    private static SafeFileHandle OpenRegular(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > maxBytes) throw TooLarge(info.Length, maxBytes, exact: true);
        return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
    }

    private static SafeFileHandle OpenRegularOnLinux(string path, long maxBytes)
    {
        var fd = Open(path, ReadOnlyNonBlocking);
        if (fd < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            var message = Marshal.GetPInvokeErrorMessage(error);
            throw error == 13 ? new UnauthorizedAccessException(message) : new IOException(message);
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        // .NET's own opens take a shared advisory lock, so a file another .NET process holds with FileShare.None is not
        // read half-written; do the same.
        if (Flock(fd, SharedLockNonBlocking) != 0 && Marshal.GetLastPInvokeError() == WouldBlock)
        {
            handle.Dispose();
            throw new IOException("another process holds the file locked for writing");
        }
        var status = new byte[StatxSize];
        if (Statx(fd, string.Empty, EmptyPath, TypeAndSize, status) != 0) return handle; // an old kernel: the bounded read still holds
        var kind = BitConverter.ToUInt16(status, ModeOffset) & 0xF000;
        if (kind != 0x8000)
        {
            handle.Dispose();
            throw new UnreadableSourceException($"skipped: not a regular file ({KindName(kind)}); only regular files are read — remove it from the tree or scan the real file");
        }
        var size = (long)BitConverter.ToUInt64(status, SizeOffset);
        if (size > maxBytes)
        {
            handle.Dispose();
            throw TooLarge(size, maxBytes, exact: true);
        }
        return handle;
    }

    private static UnreadableSourceException TooLarge(long size, long maxBytes, bool exact) =>
        new($"skipped: the file has {(exact ? string.Empty : "more than ")}{size:N0} bytes, more than the limit of {maxBytes:N0}; " +
            "raise the limit (--max-file-size on the command line, ScanRequest.MaxFileSize in the library) to read it");

    private static string KindName(int kind) => kind switch
    {
        0x1000 => "a FIFO",
        0x2000 => "a character device",
        0x4000 => "a directory",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => "not a file",
    };

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int fd, int operation);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] status);
}
