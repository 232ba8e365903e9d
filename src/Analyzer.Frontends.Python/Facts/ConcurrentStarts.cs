using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>Calls that run a callable on another thread: <c>threading.Thread(target=f)</c>, <c>threading.Timer(t, f)</c>,
/// <c>executor.submit(f, …)</c>, <c>loop.run_in_executor(executor, f, …)</c>, <c>asyncio.to_thread(f, …)</c> and
/// <c>_thread.start_new_thread(f, args)</c>; and calls that run it on many items side by side: an executor's or a
/// thread pool's <c>map</c> (<c>executor.map(f, items)</c>, <c>pool.imap_unordered(f, items)</c>, <c>pool.starmap</c>,
/// <c>pool.map_async</c>), told from other maps by a receiver named for an executor or a pool.</summary>
internal static class ConcurrentStarts
{
    private static readonly HashSet<string> PoolMaps = ["map", "imap", "imap_unordered", "starmap", "map_async", "starmap_async"];

    /// <summary>The callable the call runs on another thread, or null.</summary>
    public static IrExpression? Callable(CallExpression call) => (Name(call), Positional(call)) switch
    {
        ("Thread", _) => call.Arguments.FirstOrDefault(a => a.Name == "target")?.Value,
        ("Timer", var args) when args.Count >= 2 => args[1],
        ("submit" or "to_thread" or "start_new_thread", var args) when args.Count >= 1 => args[0],
        ("run_in_executor", var args) when args.Count >= 2 => args[1],
        (_, var args) when MapsOnPool(call) => args[0],
        _ => null,
    };

    /// <summary>True for a pool's map of a callable over many items (<c>pool.map(f, items)</c>), which runs it on several
    /// of them at once.</summary>
    public static bool MapsOnPool(CallExpression call) =>
        call.Callee is MemberAccess { Member: var method, Target: var pool } && PoolMaps.Contains(method) && Positional(call).Count >= 2
        && LastName(pool) is { } name && (name.Contains("executor", StringComparison.OrdinalIgnoreCase) || name.Contains("pool", StringComparison.OrdinalIgnoreCase));

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
}
