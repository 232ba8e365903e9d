using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Go.Facts;

/// <summary>
/// A lock method that hands back its unlock as a function (<c>unlock := s.names.Lock(tenant, name); defer unlock()</c>,
/// a lock kept per key): the call takes the lock it names (<see cref="LockNames.ReturnedBy"/>), and the call of the
/// local it gave lets that lock go.
/// </summary>
internal static class HandedUnlocks
{
    public static Effect? Of(CallExpression call, IScope scope)
    {
        switch (call.Callee)
        {
            case MemberAccess { Member: "Lock" or "RLock" } when HandedTo(call) is { } local && CallsLocal(local, scope):
                return new Effect(EffectKind.Acquire, call, Lock: LockOf(call, scope), Mode: ModeOf(call));
            case NameExpression { Name: var local } when call.Arguments.Count == 0 && scope.ValueOf(local, call) is CallExpression taken
                                                         && taken.Callee is MemberAccess { Member: "Lock" or "RLock" } && HandedTo(taken) == local:
                return new Effect(EffectKind.Release, call, Lock: LockOf(taken, scope), Mode: ModeOf(taken));
            default:
                return null;
        }
    }

    private static string? HandedTo(CallExpression call) =>
        call.Parent is Assignment { Targets: [NameExpression { Name: var local }], Values: [var value] } && ReferenceEquals(value, call) ? local : null;

    private static bool CallsLocal(string local, IScope scope) =>
        scope.Function.Body?.DescendantsAndSelf().OfType<CallExpression>()
            .Any(c => c is { Callee: NameExpression { Name: var called }, Arguments.Count: 0 } && called == local) == true;

    private static string LockOf(CallExpression call, IScope scope) => LockNames.ReturnedBy(scope.Normalize(call.Callee));

    private static LockMode ModeOf(CallExpression call) => call.Callee is MemberAccess { Member: "RLock" } ? LockMode.Shared : LockMode.Exclusive;
}
