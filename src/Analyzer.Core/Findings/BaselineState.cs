namespace Analyzer.Core.Findings;

/// <summary>How a finding relates to the same scan's earlier result (SARIF <c>baselineState</c>).</summary>
public enum BaselineState
{
    /// <summary>The baseline has no finding with its fingerprint.</summary>
    New,
    /// <summary>The baseline has it, with the same level and the same message apart from line numbers.</summary>
    Unchanged,
    /// <summary>The baseline has it, and its level or message changed.</summary>
    Updated,
}
