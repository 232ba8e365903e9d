using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// A thread event (<c>threading.Event</c>, <c>multiprocessing.Event</c>; not asyncio's) held in a field or a module
/// variable. It exists to be shared between threads, and each call on it is atomic by itself, so a look at it
/// (<c>is_set()</c>) goes stale before the next call: after <c>if not self._started.is_set():</c> another thread can pass
/// the same test and both go on; after <c>if ev.is_set(): …; ev.clear()</c> a <c>set()</c> made in between is wiped
/// out and its notice lost. A <c>clear()</c> that comes first in the branch an <c>is_set()</c> of the same event guards
/// takes the signal in one step: a <c>set()</c> made in between is wiped, but the work that follows the clear sees what
/// it announced.
/// </summary>
internal static class EventCalls
{
    private static readonly HashSet<string> ThreadModules = ["threading", "multiprocessing"];

    public static Effect? Effect(CallExpression call, IrExpression ev, string method, IScope scope)
    {
        if (scope.ResourceOf(ev) is not { Kind: ResourceKind.Field } state || !IsEvent(ev, scope)) return null;
        var shared = state with { Kind = ResourceKind.ConcurrentEntry };
        var detail = $"{ev.SourceCode}.{method}()";
        return method switch
        {
            "is_set" or "isSet" => new Effect(EffectKind.Read, call, shared, Detail: detail),
            "clear" when TakesTheSignal(call, ev, scope) => new Effect(EffectKind.AtomicCheckAndAct, call, shared, Detail: detail),
            "set" or "clear" => new Effect(EffectKind.Write, call, shared, Detail: detail),
            _ => null,
        };
    }

    private static bool TakesTheSignal(CallExpression clear, IrExpression ev, IScope scope) =>
        clear.Parent is ExpressionStatement statement && statement.Parent is Block { Statements: [var first, ..] } branch
        && ReferenceEquals(first, statement) && branch.Parent is IfStatement guard && ReferenceEquals(guard.Then, branch)
        && guard.Condition.DescendantsAndSelf().OfType<CallExpression>().Any(c =>
            c.Callee is MemberAccess { Member: "is_set" or "isSet", Target: var tested } && scope.Normalize(tested) == scope.Normalize(ev));

    // The event of asyncio (or trio, anyio) belongs to one event loop's tasks, which run on one thread and switch only
    // at an await: only threading's and multiprocessing's count.
    private static bool IsEvent(IrExpression ev, IScope scope) => scope.FieldOf(ev)?.Initializer switch
    {
        CallExpression { Callee: MemberAccess { Member: "Event", Target: NameExpression { Name: var module } } } => ThreadModules.Contains(module),
        CallExpression { Callee: NameExpression { Name: "Event" } } made => PythonImports.BindsFrom(made.Module, "Event", ThreadModules),
        _ => false,
    };
}
