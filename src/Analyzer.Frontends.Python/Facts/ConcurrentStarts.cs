using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>Calls that run a callable on another thread: <c>threading.Thread(target=f)</c>, <c>threading.Timer(t, f)</c>,
/// <c>executor.submit(f, …)</c>, <c>pool.apply_async(f, …)</c>, <c>loop.run_in_executor(executor, f, …)</c>,
/// <c>asyncio.to_thread(f, …)</c>, <c>_thread.start_new_thread(f, args)</c>, gevent's and eventlet's
/// <c>spawn(f, …)</c> (<c>spawn_later(seconds, f, …)</c>), and a done-callback on the future of such a start; and calls
/// that run it on many items side by side: an executor's or a
/// thread pool's <c>map</c> (<c>executor.map(f, items)</c>, <c>pool.imap_unordered(f, items)</c>, <c>pool.starmap</c>,
/// <c>pool.map_async</c>), told from other maps by a receiver named for an executor or a pool or made by a thread
/// pool's class; and <c>threading.setprofile(f)</c>, which every thread runs.</summary>
internal static class ConcurrentStarts
{
    private static readonly HashSet<string> PoolMaps = ["map", "imap", "imap_unordered", "starmap", "map_async", "starmap_async"];

    /// <summary>The callable the call runs on another thread, or null. Most calls are none of these: their name says so
    /// before their arguments are looked at.</summary>
    public static IrExpression? Callable(CallExpression call) => Unbound(Started(call));

    /// <summary>What a <c>functools.partial</c> binds arguments to, which the start runs; the callable itself otherwise.</summary>
    private static IrExpression? Unbound(IrExpression? callable) =>
        callable is CallExpression { Callee: NameExpression { Name: "partial" } or MemberAccess { Target: NameExpression { Name: "functools" }, Member: "partial" } } bound
            ? PositionalAt(bound, 0)
            : callable;

    private static IrExpression? Started(CallExpression call) => Name(call) switch
    {
        "Thread" => call.Arguments.FirstOrDefault(a => a.Name == "target")?.Value,
        "Timer" or "run_in_executor" => PositionalAt(call, 1),
        "submit" or "to_thread" or "start_new_thread" => PositionalAt(call, 0),
        "apply_async" when OnPool(call) => PositionalAt(call, 0),
        "spawn" or "spawn_n" when OnGreenlets(call) => PositionalAt(call, 0),
        "spawn_later" when OnGreenlets(call) => PositionalAt(call, 1),
        "add_done_callback" when OnSubmittedFuture(call) => PositionalAt(call, 0),
        _ when MapsOnPool(call) || HooksEveryThread(call) => PositionalAt(call, 0),
        _ => null,
    };

    /// <summary>True for a call on the future a thread start handed back (<c>fu = executor.submit(f); fu.add_done_callback(g)</c>):
    /// the callback runs on the worker thread that finishes the work. An asyncio future's callbacks run on its loop.</summary>
    private static bool OnSubmittedFuture(CallExpression call) =>
        call.Callee is MemberAccess { Target: var future }
        && (future is CallExpression started ? started : ValueGiven(future, call)) is CallExpression start && Callable(start) is not null;

    /// <summary>The value an assignment in the enclosing function last gave the local <paramref name="local"/> before
    /// <paramref name="at"/>; null for anything else.</summary>
    private static IrExpression? ValueGiven(IrExpression local, IrNode at) =>
        local is NameExpression { Name: var name }
            ? at.EnclosingFunction()?.Body?.DescendantsAndSelf().OfType<Assignment>()
                .LastOrDefault(a => a.Span.EndOffset <= at.Span.StartOffset && a is { Targets: [NameExpression target], Values: [_] } && target.Name == name)?.Values[0]
            : null;

    /// <summary>The arguments a start hands its callable: a thread's or a timer's <c>args</c> tuple, what
    /// <c>submit</c>, <c>to_thread</c> or <c>run_in_executor</c> pass after the callable, and
    /// <c>start_new_thread</c>'s tuple; empty for any other call.</summary>
    public static IReadOnlyList<IrExpression> Arguments(CallExpression call) => Name(call) switch
    {
        "Thread" or "Timer" => Elements(call.Arguments.FirstOrDefault(a => a.Name == "args")?.Value),
        "submit" or "to_thread" when Positional(call) is { Count: >= 1 } args => args[1..],
        "run_in_executor" when Positional(call) is { Count: >= 2 } args => args[2..],
        "start_new_thread" when PositionalAt(call, 1) is { } tuple => Elements(tuple),
        _ => [],
    };

    private static IReadOnlyList<IrExpression> Elements(IrExpression? tuple) => tuple is CollectionExpression { Elements: var elements } ? elements : [];

    /// <summary>True for <c>threading.setprofile(f)</c> and <c>threading.settrace(f)</c> (and their <c>_all_threads</c>
    /// forms): every thread the program starts runs f on its own calls, so copies of it run side by side.</summary>
    public static bool HooksEveryThread(CallExpression call) =>
        call.Callee is MemberAccess { Target: NameExpression { Name: "threading" }, Member: "setprofile" or "settrace" or "setprofile_all_threads" or "settrace_all_threads" }
        && PositionalAt(call, 0) is not null;

    /// <summary>True for a pool's map of a callable over many items (<c>pool.map(f, items)</c>), which runs it on several
    /// of them at once.</summary>
    public static bool MapsOnPool(CallExpression call) =>
        call.Callee is MemberAccess { Member: var method } && PoolMaps.Contains(method) && PositionalAt(call, 1) is not null && OnPool(call);

    /// <summary>True for a method called on a receiver named for an executor or a pool, or made by a thread pool's class
    /// (<c>ThreadPool(4).map(…)</c>, <c>with ThreadPoolExecutor() as ex: ex.map(…)</c>). A process pool's workers get
    /// copies of the objects they are handed, so only a class named for threads counts.</summary>
    private static bool OnPool(CallExpression call) =>
        call.Callee is MemberAccess { Target: var pool }
        && (LastName(pool) is { } name && (name.Contains("executor", StringComparison.OrdinalIgnoreCase) || name.Contains("pool", StringComparison.OrdinalIgnoreCase))
            || MakerOf(pool, call) is { } maker && maker.StartsWith("Thread", StringComparison.Ordinal)
            && (maker.Contains("Pool", StringComparison.Ordinal) || maker.Contains("Executor", StringComparison.Ordinal)));

    /// <summary>The name of the class or function whose call made <paramref name="receiver"/>: the call itself, or the
    /// one that a with item or an assignment in the enclosing function gave the local.</summary>
    private static string? MakerOf(IrExpression receiver, IrNode at) => receiver switch
    {
        CallExpression made => Name(made),
        NameExpression { Name: var local } => at.EnclosingFunction()?.Body?.DescendantsAndSelf()
            .Select(node => node switch
            {
                WithItem { Target: NameExpression target, Context: CallExpression made } when target.Name == local => Name(made),
                Assignment { Targets: [NameExpression target], Values: [CallExpression made] } when target.Name == local => Name(made),
                _ => null,
            })
            .FirstOrDefault(maker => maker is not null),
        _ => null,
    };

    /// <summary>True for gevent's or eventlet's own spawn functions, or a spawn on one of their pools: each starts a
    /// greenlet, which runs until its next blocking call and then lets the others run.</summary>
    private static bool OnGreenlets(CallExpression call) =>
        OnPool(call) || call.Callee is MemberAccess { Target: NameExpression { Name: "gevent" or "eventlet" } };

    private static string? LastName(IrExpression expression) => expression switch
    {
        NameExpression n => n.Name,
        MemberAccess m => m.Member,
        _ => null,
    };

    private static string? Name(CallExpression call) => call.Callee switch
    {
        NameExpression n => n.Name,
        MemberAccess m => m.Member,
        _ => null,
    };

    private static List<IrExpression> Positional(CallExpression call) =>
        call.Arguments.Where(a => a.Name is null).Select(a => a.Value).ToList();

    private static IrExpression? PositionalAt(CallExpression call, int index)
    {
        foreach (var argument in call.Arguments)
            if (argument.Name is null && index-- == 0) return argument.Value;
        return null;
    }
}
