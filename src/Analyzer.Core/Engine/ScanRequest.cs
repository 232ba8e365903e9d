namespace Analyzer.Core.Engine;

/// <summary>What to scan.</summary>
/// <param name="Paths">Files and directories. A directory is walked; findings name files relative to it.</param>
/// <param name="RunRules">False to parse only (the parse command and benchmarks).</param>
/// <param name="MaxParallelism">Files parsed at once; defaults to the processor count.</param>
public sealed record ScanRequest(IReadOnlyList<string> Paths, bool RunRules = true, int? MaxParallelism = null);
