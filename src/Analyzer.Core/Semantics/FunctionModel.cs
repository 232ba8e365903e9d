using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>The semantic model of one function: effects in evaluation order with the locks held and the guards.</summary>
public sealed class FunctionModel
{
    internal FunctionModel(PackageModel package, FunctionDecl function)
    {
        Package = package;
        Function = function;
    }

    /// <summary>The package model.</summary>
    public PackageModel Package { get; }

    /// <summary>The function.</summary>
    public FunctionDecl Function { get; }

    /// <summary>Check-and-act pairs performed while one lock is held across both.</summary>
    public IEnumerable<GuardedAct> GuardedActsUnderLock() => [];
}
