namespace Analyzer.Core.Engine;

/// <summary>How far a scan has come.</summary>
/// <param name="FilesDone">Files parsed (and analyzed) so far.</param>
/// <param name="FilesTotal">Files the scan will read.</param>
public sealed record ScanProgress(int FilesDone, int FilesTotal);
