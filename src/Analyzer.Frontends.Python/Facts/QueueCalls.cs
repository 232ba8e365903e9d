using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// A thread-safe queue (<c>queue.Queue</c>, <c>LifoQueue</c>, <c>PriorityQueue</c>, <c>SimpleQueue</c>,
/// <c>multiprocessing.Queue</c>; not asyncio's) held in a field or a module variable, or handed to every thread a loop
/// starts (<c>q = queue.Queue(); for …: Thread(target=drain, args=(q,)).start()</c>). Each call locks the queue by
/// itself, so a look at it (<c>empty()</c>, <c>full()</c>, <c>qsize()</c>) goes stale before the next call: after <c>if not q.empty():</c>
/// another consumer can take the last item, and <c>q.get()</c> then waits, maybe for ever. A <c>get</c> or <c>put</c>
/// that does not wait (<c>get_nowait()</c>, <c>block=False</c>) or waits only a while (<c>timeout=</c>) is one step: it
/// takes what is there or fails with <c>queue.Empty</c> or <c>queue.Full</c>. A waiting <c>get()</c> takes one item
/// and a waiting <c>put()</c> on a first-in-first-out queue adds one behind the others: a consumer that alone takes items
/// out while producers only put finds what <c>empty()</c> told it.
/// </summary>
internal static class QueueCalls
{
    private static readonly HashSet<string> QueueTypes = ["Queue", "LifoQueue", "PriorityQueue", "SimpleQueue", "JoinableQueue"];

    // A put on these adds behind the items already there, so a consumer that alone takes them out finds what it saw.
    private static readonly HashSet<string> FirstInFirstOut = ["Queue", "SimpleQueue", "JoinableQueue"];

    public static Effect? Effect(CallExpression call, IrExpression queue, string method, IScope scope)
    {
        if (scope.ResourceOf(queue) is not { Kind: ResourceKind.Field } state || QueueType(queue, scope) is not { } type) return null;
        var detail = $"{queue.SourceCode}.{method}()";
        return method switch
        {
            "empty" or "full" or "qsize" => new Effect(EffectKind.Read, call, state.Contents, Detail: detail),
            "get" when Waits(call, method) => new Effect(EffectKind.Write, call, state.Contents, Detail: detail, TakesOne: true),
            "put" when Waits(call, method) => new Effect(EffectKind.Write, call, state.Contents, Detail: detail, Appends: FirstInFirstOut.Contains(type)),
            "get" or "put" or "get_nowait" or "put_nowait" => new Effect(EffectKind.AtomicCheckAndAct, call, state.Contents, Detail: detail),
            _ => null,
        };
    }

    // The queue's type, when it is a thread-safe queue; null otherwise. asyncio's Queue is no thread-safe queue: its
    // tasks share one thread, and get() on a queue that has an item returns it without letting another task run.
    private static string? QueueType(IrExpression queue, IScope scope) =>
        (scope.FieldOf(queue)?.Initializer
         ?? (queue is NameExpression { Name: var parameter } ? scope.Package.SharedArgumentValue(scope.Function, parameter) : null)) is CallExpression { Callee: var made }
        && made switch { NameExpression n => n.Name, MemberAccess { Target: not NameExpression { Name: "asyncio" } } m => m.Member, _ => string.Empty } is var type
        && QueueTypes.Contains(type)
            ? type
            : null;

    // get(block=True, timeout=None) and put(item, block=True, timeout=None) wait until they can act; positionally, block
    // comes first for get and second for put.
    private static bool Waits(CallExpression call, string method)
    {
        if (call.Arguments.Any(a => a.Name == "timeout")) return false;
        var blockAt = method == "get" ? 0 : 1;
        var block = call.Arguments.FirstOrDefault(a => a.Name == "block")?.Value
                    ?? (call.Arguments.Count > blockAt && call.Arguments[blockAt].Name is null ? call.Arguments[blockAt].Value : null);
        var timeout = call.Arguments.Count > blockAt + 1 && call.Arguments[blockAt + 1].Name is null;
        return !timeout && block is null or LiteralExpression { Value: "True" };
    }
}
