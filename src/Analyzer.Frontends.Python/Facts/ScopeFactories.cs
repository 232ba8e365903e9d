using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// Generator context managers: a generator decorated with <c>contextlib.contextmanager</c> (or
/// <c>asynccontextmanager</c>) runs the body of the <c>with</c> statement that calls it at its <c>yield</c>, so the locks
/// it holds there (<c>with self._lock: yield</c>, <c>with helper.lock(): yield ctx</c>) are held for that body.
/// </summary>
internal static class ScopeFactories
{
    public static bool RunsScopeBody(IrExpression expression) =>
        expression is OtherExpression { Description: "yield" } && DecoratedGenerators.InOneDecoratedWith(expression, IsContextManager);

    private static bool IsContextManager(IrExpression decorator) => decorator switch
    {
        NameExpression { Name: "contextmanager" or "asynccontextmanager" } => true,
        MemberAccess { Target: NameExpression { Name: "contextlib" }, Member: "contextmanager" or "asynccontextmanager" } => true,
        _ => false,
    };
}
