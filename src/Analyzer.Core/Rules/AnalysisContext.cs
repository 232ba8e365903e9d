using Analyzer.Core.Ir;

namespace Analyzer.Core.Rules;

/// <summary>Where a rule registers its callbacks in <see cref="AnalysisRule.Initialize"/>.</summary>
public sealed class AnalysisContext
{
    internal AnalysisContext(AnalysisRule rule) => Rule = rule;

    internal AnalysisRule Rule { get; }
    internal List<(IrKind[] Kinds, Action<NodeAnalysisContext> Action)> NodeActions { get; } = [];
    internal List<Action<FunctionAnalysisContext>> FunctionActions { get; } = [];
    internal List<Action<ScanEndContext>> ScanEndActions { get; } = [];

    /// <summary>Calls <paramref name="action"/> for every node of the given kinds.</summary>
    public void RegisterNodeAction(Action<NodeAnalysisContext> action, params IrKind[] kinds)
    {
        if (kinds.Length == 0) throw new ArgumentException("name at least one IR node kind to register for", nameof(kinds));
        NodeActions.Add((kinds, action));
    }

    /// <summary>Calls <paramref name="action"/> for every function and method that has a body, with its semantic model.</summary>
    public void RegisterFunctionAction(Action<FunctionAnalysisContext> action) => FunctionActions.Add(action);

    /// <summary>Calls <paramref name="action"/> once after every file was analyzed, with the whole scan's index
    /// (for example to find a sibling implementation anywhere in the tree).</summary>
    public void RegisterScanEndAction(Action<ScanEndContext> action) => ScanEndActions.Add(action);
}
