using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Analyzer.Core.Text;

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket (which look like files to <see cref="File"/> but block a
/// reader forever or never end), and reads a regular file's bytes up to a limit. On Linux the file is opened without
/// blocking and its kind and size are asked of the open descriptor, so a file swapped for a FIFO or a device after it
/// was checked cannot hang or flood the read; the read itself stops one byte past the limit whatever the file claims.
/// </summary>
public static partial class RegularFile
{
    private const int ReadOnlyNonBlocking = 0x800 | 0x80000; // Linux O_RDONLY | O_NONBLOCK | O_CLOEXEC
    private const int SharedLockNonBlocking = 1 | 4;         // LOCK_SH | LOCK_NB
    private const int WouldBlock = 11;                       // EWOULDBLOCK
    private const int TypeMask = 0xF000, RegularType = 0x8000;

    /// <summary>True when <paramref name="path"/>, with symbolic links followed, is an existing regular file.</summary>
    public static bool Is(string path)
    {
        if (OperatingSystem.IsWindows()) return File.Exists(path);
        return Stat(path, out var status) == 0 && (status.Mode & TypeMask) == RegularType;
    }

    /// <summary>The bytes of the regular file at <paramref name="path"/>.</summary>
    /// <exception cref="UnreadableSourceException">It is not a regular file, or has more than <paramref name="maxBytes"/> bytes.</exception>
    /// <exception cref="IOException">It cannot be opened or read.</exception>
    public static byte[] ReadAll(string path, long maxBytes)
    {
        using var handle = OperatingSystem.IsLinux() ? OpenOnLinux(path) : OpenElsewhere(path);
        var expected = 0L;
        if (!OperatingSystem.IsWindows() && FStat(handle.DangerousGetHandle(), out var status) == 0)
        {
            var kind = status.Mode & TypeMask;
            if (kind != RegularType) throw NotRegular(kind);
            if (status.Size > maxBytes) throw TooLarge(status.Size, maxBytes, exact: true);
            expected = status.Size;
        }
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        // The size the file states is read straight into an array of that size; what it holds beyond that (it grew
        // meanwhile) is read on in chunks, up to the limit.
        var bytes = new byte[expected];
        var filled = 0;
        int read;
        while (filled < bytes.Length && (read = stream.Read(bytes, filled, bytes.Length - filled)) > 0) filled += read;
        if (filled < bytes.Length) return bytes[..filled];
        // One byte tells whether there is more; a chunk buffer for every file was a tenth of a Python scan's allocation.
        Span<byte> next = stackalloc byte[1];
        if (stream.Read(next) == 0) return bytes;
        using var buffer = new MemoryStream();
        buffer.Write(next);
        var chunk = new byte[81920];
        do
        {
            if (filled + buffer.Length > maxBytes) throw TooLarge(filled + buffer.Length, maxBytes, exact: false);
            read = stream.Read(chunk, 0, chunk.Length);
            buffer.Write(chunk, 0, read);
        } while (read > 0);
        return [.. bytes, .. buffer.ToArray()];
    }

    /// <summary>Elsewhere the kind is asked of the path first, so a FIFO is not opened (opening one blocks).</summary>
    private static SafeFileHandle OpenElsewhere(string path)
    {
        if (!OperatingSystem.IsWindows() && Stat(path, out var status) == 0 && (status.Mode & TypeMask) != RegularType)
            throw NotRegular(status.Mode & TypeMask);
        return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
    }

    private static SafeFileHandle OpenOnLinux(string path)
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
        return handle;
    }

    private static UnreadableSourceException NotRegular(int kind) =>
        new(UnreadableReason.NotARegularFile,
            $"skipped: not a regular file ({KindName(kind)}); only regular files are read — remove it from the tree or scan the real file");

    private static UnreadableSourceException TooLarge(long size, long maxBytes, bool exact) =>
        new(UnreadableReason.TooLarge,
            $"skipped: the file has {(exact ? string.Empty : "more than ")}{size:N0} bytes, more than the limit of {maxBytes:N0}; " +
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

    // .NET has no public API for the Unix file type; the runtime's own native shim (which File uses) reports it in the
    // same normalized form on every Unix.
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
    private static partial int FStat(nint fd, out FileStatus status);

    /// <summary>The runtime's FileStatus: Mode follows a 4-byte Flags field, Size follows Uid and Gid; the size leaves
    /// room for every field after it.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct FileStatus
    {
        [FieldOffset(4)]
        public int Mode;

        [FieldOffset(16)]
        public long Size;
    }
}
