using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>Calls that run a callable on another thread: <c>threading.Thread(target=f)</c>, <c>threading.Timer(t, f)</c>,
/// <c>executor.submit(f, …)</c>, <c>loop.run_in_executor(executor, f, …)</c>, <c>asyncio.to_thread(f, …)</c> and
/// <c>_thread.start_new_thread(f, args)</c>.</summary>
internal static class ConcurrentStarts
{
    /// <summary>The callable the call runs on another thread, or null.</summary>
    public static IrExpression? Callable(CallExpression call) => (Name(call), Positional(call)) switch
    {
        ("Thread", _) => call.Arguments.FirstOrDefault(a => a.Name == "target")?.Value,
        ("Timer", var args) when args.Count >= 2 => args[1],
        ("submit" or "to_thread" or "start_new_thread", var args) when args.Count >= 1 => args[0],
        ("run_in_executor", var args) when args.Count >= 2 => args[1],
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
