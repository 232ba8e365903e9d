namespace Analyzer.Core.Rules;

/// <summary>
/// A rule, as a Roslyn analyzer: a descriptor and an <see cref="Initialize"/> that registers callbacks for the IR
/// node kinds (or functions) it cares about. The engine walks each module once and hands every node only to the
/// rules that asked for its kind. Rules keep no state between callbacks.
/// </summary>
public abstract class AnalysisRule
{
    /// <summary>The rule's metadata.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Registers the rule's callbacks.</summary>
    public abstract void Initialize(AnalysisContext context);
}
