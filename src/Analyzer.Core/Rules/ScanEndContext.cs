using Analyzer.Core.Findings;
using Analyzer.Core.Semantics;

namespace Analyzer.Core.Rules;

/// <summary>What a scan-end callback sees: every finding so far and the whole scan's index. It may replace
/// findings with enriched ones (for example adding a contrast found in another file).</summary>
public sealed class ScanEndContext(List<Finding> findings, ProgramIndex index)
{
    /// <summary>Every finding reported so far.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Summaries of every type and function in the scan.</summary>
    public ProgramIndex Index { get; } = index;

    /// <summary>Replaces <paramref name="old"/> with <paramref name="replacement"/>.</summary>
    public void Replace(Finding old, Finding replacement)
    {
        var at = findings.IndexOf(old);
        if (at < 0) throw new ArgumentException("the finding to replace is not in this scan", nameof(old));
        findings[at] = replacement;
    }
}
