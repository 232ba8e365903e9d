using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Core.Rules;

/// <summary>What a node callback sees: the node, its package's semantic model, and a way to report.</summary>
public sealed class NodeAnalysisContext(IrNode node, PackageModel package, Action<Finding> report)
{
    /// <summary>The node of a registered kind.</summary>
    public IrNode Node { get; } = node;

    /// <summary>The semantic model of the package (Go) or directory of modules (Python) the node is in.</summary>
    public PackageModel Package { get; } = package;

    /// <summary>Reports a finding.</summary>
    public void Report(Finding finding) => report(finding);
}
