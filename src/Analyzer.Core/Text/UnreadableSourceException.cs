namespace Analyzer.Core.Text;

/// <summary>A source file that a scan skips on purpose: not a regular file, or larger than the limit. The message
/// says why and what to do.</summary>
public sealed class UnreadableSourceException(string message) : IOException(message);
