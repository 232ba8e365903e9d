using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Core.Rules;

/// <summary>What a function callback sees: the function, its semantic model, and a way to report.</summary>
public sealed class FunctionAnalysisContext(FunctionDecl function, PackageModel package, Action<Finding> report)
{
    /// <summary>The function or method.</summary>
    public FunctionDecl Function { get; } = function;

    /// <summary>The semantic model of the package the function is in.</summary>
    public PackageModel Package { get; } = package;

    /// <summary>The function's semantic model (lock state, guards, effects), computed once and shared by all rules.</summary>
    public FunctionModel Model => Package.ModelOf(Function);

    /// <summary>Reports a finding.</summary>
    public void Report(Finding finding) => report(finding);
}
