using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Decorators of the package that wrap a function in code of their own (Python's <c>def locked(f): def wrapper(self,
/// *args): with self._lock: return f(self, *args); return wrapper</c>): every call of the decorated function runs the
/// wrapper, which calls it in turn. Those calls inside the wrappers are then the function's only callers, and what
/// they hold (a lock) the function holds.
/// </summary>
internal static class DecoratorWrappers
{
    /// <summary>The calls of <paramref name="function"/> that its decorators' wrappers make, each with the wrapper as its
    /// caller; empty when no decorator of the package wraps it.</summary>
    public static IReadOnlyList<CallSite> CallsOf(PackageModel package, FunctionDecl function)
    {
        var calls = new List<CallSite>();
        foreach (var decorator in function.Decorators)
        {
            if (decorator is not NameExpression { Name: var name }) continue;
            foreach (var wrapping in package.FunctionsNamed(null, name))
            {
                if (wrapping.Parameters is not [{ Name: var wrapped }] || wrapping.Body is null) continue;
                foreach (var wrapper in wrapping.Body.DescendantsAndSelf().OfType<FunctionDecl>())
                    calls.AddRange(wrapper.Body!.DescendantsAndSelf().OfType<CallExpression>()
                        .Where(call => call.Callee is NameExpression { Name: var callee } && callee == wrapped
                                       && call.EnclosingFunction() == wrapper)
                        .Select(call => new CallSite(call, wrapper)));
            }
        }
        return calls;
    }
}
