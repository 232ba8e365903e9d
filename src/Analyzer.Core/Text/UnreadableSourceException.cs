namespace Analyzer.Core.Text;

/// <summary>Why a file is not read.</summary>
public enum UnreadableReason
{
    /// <summary>A FIFO, a device, a socket or a directory.</summary>
    NotARegularFile,
    /// <summary>Larger than the limit.</summary>
    TooLarge,
}

/// <summary>A file that is skipped on purpose: not a regular file, or larger than the limit. The message says why and
/// what to do (in a scan's terms); <see cref="Reason"/> lets other callers say it in theirs.</summary>
public sealed class UnreadableSourceException(UnreadableReason reason, string message) : IOException(message)
{
    /// <summary>Why the file is not read.</summary>
    public UnreadableReason Reason { get; } = reason;
}
