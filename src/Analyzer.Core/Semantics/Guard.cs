using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>How a statement depends on a condition.</summary>
public enum GuardKind
{
    /// <summary>Inside a branch of an if, elif chain, switch or match.</summary>
    Branch,
    /// <summary>After an if whose branch left the block (return, raise, break, continue): the rest of the block runs only when it did not.</summary>
    EarlyExit,
    /// <summary>Inside a loop over a collection.</summary>
    Iteration,
}

/// <summary>A condition a statement is control-dependent on, and the reads that condition depends on.</summary>
/// <param name="Condition">The condition (or the iterated collection).</param>
/// <param name="Kind">How the statement depends on it.</param>
/// <param name="Reads">Reads of shared state the condition depends on, directly or through variables assigned from them.</param>
public sealed record Guard(IrNode Condition, GuardKind Kind, IReadOnlyList<Access> Reads);
