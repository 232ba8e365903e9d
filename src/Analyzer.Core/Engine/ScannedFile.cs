namespace Analyzer.Core.Engine;

/// <summary>One file a scan read.</summary>
/// <param name="Path">The path as findings name it.</param>
/// <param name="Language">The frontend's language id.</param>
/// <param name="Lines">Its number of lines.</param>
/// <param name="HasErrors">True when it had an error-level parse diagnostic.</param>
public sealed record ScannedFile(string Path, string Language, int Lines, bool HasErrors);
