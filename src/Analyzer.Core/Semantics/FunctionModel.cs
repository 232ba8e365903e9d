using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The semantic model of one function: every effect in execution order with the locks held there (and which
/// acquisition), the guards it is control-dependent on, and the reads its inputs derive from; plus the locks its
/// callers hold for it.
/// </summary>
public sealed class FunctionModel
{
    [ThreadStatic] private static HashSet<FunctionDecl>? _inProgress;
    private readonly FlowWalker _walk;

    internal FunctionModel(PackageModel package, FunctionDecl function)
    {
        Package = package;
        Function = function;
        var scope = package.ScopeOf(function);
        Scope = scope;
        _inProgress ??= new HashSet<FunctionDecl>(ReferenceEqualityComparer.Instance);
        _inProgress.Add(function);
        try
        {
            (CallerLocks, PartlyHeldByCallers) = CallerHeldLocks.Infer(package, function, _inProgress);
            _walk = new FlowWalker(scope, CallerLocks);
            if (function.Body is not null) _walk.Run(function.Body);
        }
        finally
        {
            _inProgress.Remove(function);
        }
    }

    /// <summary>The package model.</summary>
    public PackageModel Package { get; }

    /// <summary>The function.</summary>
    public FunctionDecl Function { get; }

    /// <summary>Answers questions about names and fields in the function.</summary>
    public IScope Scope { get; }

    /// <summary>Locks held on entry because callers hold them (with the evidence), or because the name says so.</summary>
    public IReadOnlyList<HeldLock> CallerLocks { get; }

    /// <summary>A lock some of the function's calls in the package hold and others do not (the one most of them hold),
    /// or null.</summary>
    public PartlyHeldLock? PartlyHeldByCallers { get; }

    /// <summary>Every read, write and atomic operation, in execution order.</summary>
    public IReadOnlyList<Access> Accesses => _walk.Accesses;

    /// <summary>Every lock acquire and release (deferred releases included), in source order.</summary>
    public IReadOnlyList<Effect> LockEvents => _walk.LockEvents;

    /// <summary>The reads the function's return values are computed from.</summary>
    public IReadOnlySet<Access> Returned => _walk.Returned;

    /// <summary>The start of the function literal <paramref name="node"/> runs in: the go statement
    /// (<c>go func() { … }()</c>) or the call that hands it to a goroutine or thread (<c>g.Go(func() error { … })</c>);
    /// null for code the function runs itself.</summary>
    public IrNode? StartedLiteralAround(IrNode node) =>
        SpawnedLiterals.Around(node, Function, Package) is { } literal ? SpawnedLiterals.StartOf(literal, Package) : null;

    /// <summary>True when the function writes a request handler as a function literal (<c>return
    /// http.HandlerFunc(func(w, r) { … })</c>, <c>mux.HandleFunc("/", func(w, r) { … })</c>), a copy of which runs for
    /// each request, many at a time.</summary>
    public bool ServesInLiterals => _servesInLiterals ??= Function.Body?.DescendantsAndSelf().OfType<FunctionLiteral>().Any(Package.Facts.ServesRequests) == true;

    private bool? _servesInLiterals;

    /// <summary>The locks held at a call in this function.</summary>
    public IReadOnlyList<HeldLock> HeldAt(CallExpression call) => _walk.HeldAtCalls.GetValueOrDefault(call) ?? [];

    /// <summary>Check-and-act pairs performed while one lock this function took is held across both.</summary>
    public IEnumerable<GuardedAct> GuardedActsUnderLock()
    {
        var seen = new HashSet<(int, int)>();
        foreach (var act in Accesses.Where(a => a.Effect.Kind == EffectKind.Write && a.Resource is not null))
            foreach (var guard in act.Guards)
                foreach (var check in guard.Reads.Where(r => r.Resource is not null && r.Resource.IsRelatedTo(act.Resource!)))
                {
                    if (check.CommonLock(act) is not { AcquiredAt: { } at } held) continue;
                    if (seen.Add((guard.Condition.Span.StartOffset, act.Effect.Node.Span.StartOffset)))
                        yield return new GuardedAct(guard.Condition.Span, act.Effect.Node.Span, at.Span, held.NameIn(Function), Function.Module.Text.Line(at.Span.StartLine).Trim(),
                            act.Resource!.ReceiverField);
                }
    }
}
