using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// Locks a call hands back already held, as lock files and repository locks do: <c>with repo.wlock():</c>, or
/// <c>lock = repo.lock()</c> released by <c>lock.release()</c> or a <c>release(tr, lock)</c> helper. The lock's identity
/// is the call that took it ("this.repo.wlock()", <see cref="LockNames.ReturnedBy"/>), however the variable holding it
/// is named.
/// </summary>
internal static class FactoryLocks
{
    /// <summary>True when <paramref name="call"/> takes a lock and returns it: its name says lock factory
    /// (<see cref="LockNames.LooksLikeLockFactory"/>).</summary>
    public static bool IsFactory(CallExpression call) => call.Callee switch
    {
        MemberAccess { Member: var member } => LockNames.LooksLikeLockFactory(member),
        NameExpression { Name: var name } => LockNames.LooksLikeLockFactory(name),
        _ => false,
    };

    /// <summary>The acquisition a factory call makes when its lock is kept in a variable; a factory call inside a with
    /// item is the with's acquisition (<see cref="OfScope"/>).</summary>
    public static IReadOnlyList<Effect> OfCall(CallExpression call, IScope scope) =>
        call.Parent is Assignment && IsFactory(call) ? [new Effect(EffectKind.Acquire, call, Lock: Identity(call, scope))] : [];

    /// <summary>The acquisition of <c>with repo.wlock():</c> or <c>with FileLock(path):</c> (a lock made for the block
    /// and taken by it), or of <c>with lock:</c> where <c>lock</c> holds what a call looked up, released when the block
    /// ends.</summary>
    public static IReadOnlyList<Effect> OfScope(WithItem item, IScope scope) => item.Context switch
    {
        CallExpression call when IsFactory(call) || LockNames.LooksLikeLock(call.Callee.SourceCode) => [new Effect(EffectKind.Acquire, item, Lock: Identity(call, scope))],
        // A lock a call looked up and a variable named for it holds (lock = self.lock_for(key); with lock:), as a
        // per-key lock is: the call's lock, taken by the block.
        NameExpression { Name: var name } local when LockNames.LooksLikeLock(name) && scope.ValueOf(name, local) is CallExpression { Callee: MemberAccess or NameExpression } made
                                                    && !IsFactory(made) => [new Effect(EffectKind.Acquire, item, Lock: Identity(made, scope))],
        _ => [],
    };

    /// <summary>The lock a variable holds when a factory call gave it; null otherwise.</summary>
    public static string? HeldBy(IrExpression expression, IScope scope) =>
        expression is NameExpression { Name: var name } && scope.ValueOf(name, expression) is CallExpression call && IsFactory(call)
            ? Identity(call, scope)
            : null;

    private static string Identity(CallExpression call, IScope scope) => LockNames.ReturnedBy(scope.Normalize(call.Callee));

    /// <summary>The releases of <c>release(tr, lock, wlock)</c>: one for each argument that holds a factory's lock.</summary>
    public static IReadOnlyList<Effect> OfReleaseHelper(CallExpression call, IScope scope) =>
        call.Arguments.Select(a => HeldBy(a.Value, scope)).OfType<string>()
            .Select(name => new Effect(EffectKind.Release, call, Lock: name)).ToList();
}
