using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// A function of the module that hands back the one lock a module variable holds, made on first use (<c>def _guard():
/// global _lock; if _lock is None: _lock = asyncio.Lock(); return _lock</c>): <c>with _guard():</c> takes that lock, as
/// <c>with _lock:</c> would once it is made.
/// </summary>
internal static class HandedBackLocks
{
    /// <summary>The module variable whose lock <paramref name="call"/> hands back; null for any other call.</summary>
    public static string? Of(CallExpression call, IScope scope)
    {
        if (call is not { Callee: NameExpression { Name: var function }, Arguments.Count: 0 }
            || scope.Package.PlainFunctionsCalled(scope.Function, function, call) is not [var callee]) return null;
        var handed = Statements.ReturnsOf(callee).Select(r => r.Values is [NameExpression { Name: var name }] ? name : null).Distinct().ToList();
        if (handed is not [{ } variable]) return null;
        var values = callee.Module.DescendantsAndSelf().OfType<Assignment>()
            .SelectMany(a => a.Targets.Zip(a.Values).Where(pair => pair.First is NameExpression { Name: var target } && target == variable).Select(pair => pair.Second))
            .ToList();
        return values.Any(PythonFacts.IsLockValue) && values.All(v => PythonFacts.IsLockValue(v) || v is LiteralExpression { LiteralKind: LiteralKind.Null })
            ? variable
            : null;
    }
}
