using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What a function's own body does through the language's library facts alone, without following its calls:
/// whether it takes a lock or runs a query, and which of its parameters it checks as a path. A cheap test of whether a
/// function's summary can matter to a caller on another object, or to a caller of a path helper, before the summary is
/// computed.</summary>
/// <param name="Locks">It takes a lock (a call or a scoped item).</param>
/// <param name="LocksForThreads">It takes a lock that threads of one program share (not one a call hands back, such as
/// a repository's lock file, which keeps other processes out).</param>
/// <param name="Queries">It reads or writes a SQL table.</param>
/// <param name="ChecksPath">It checks a path named by one of its parameters.</param>
internal sealed record LibraryEffects(bool Locks, bool LocksForThreads, bool Queries, bool ChecksPath)
{
    public static LibraryEffects Of(PackageModel package, FunctionDecl function)
    {
        if (function.Body is null) return new LibraryEffects(false, false, false, false);
        var scope = package.ScopeOf(function);
        var effects = function.Body.DescendantsAndSelf()
            .SelectMany(node => node switch
            {
                CallExpression call => package.Facts.EffectsOfCall(call, scope),
                WithItem item => package.Facts.EffectsOfScope(item, scope),
                _ => [],
            })
            .ToList();
        var parameterPaths = function.Parameters.Select(p => Resource.PathKeyPrefix + p.Name).ToHashSet(StringComparer.Ordinal);
        return new LibraryEffects(
            effects.Any(e => e.Kind == EffectKind.Acquire),
            effects.Any(e => e is { Kind: EffectKind.Acquire, Lock: { } name } && !LockNames.IsReturnedByCall(name)),
            effects.Any(e => e.Resource?.Kind == ResourceKind.SqlTable),
            effects.Any(e => e is { Kind: EffectKind.Read, Resource: { Kind: ResourceKind.FilePath } path } && parameterPaths.Contains(path.Key)));
    }

    /// <summary>True when the plain function <paramref name="function"/>, or one it calls by its bare name (and so on),
    /// takes a lock or names a top-level variable that code may change: only then can its summary tell a caller
    /// anything about shared state.</summary>
    public static bool ReachLockOrGlobal(PackageModel package, FunctionDecl function)
    {
        var seen = new HashSet<FunctionDecl>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<FunctionDecl>([function]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next) || next.Body is null) continue;
            if (package.LibraryEffectsOf(next).Locks) return true;
            foreach (var node in next.Body.DescendantsAndSelf())
            {
                if (node is NameExpression { Name: var name } && package.GlobalOf(next.Module, name) is not null && package.MayChange(name)) return true;
                if (node is CallExpression { Callee: NameExpression { Name: var called } })
                    foreach (var callee in package.FunctionsNamed(null, called)) pending.Push(callee);
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="function"/>, or a method of its type it calls on its own receiver (and so
    /// on), takes a lock or runs a query.</summary>
    public static bool ReachLockOrQuery(PackageModel package, FunctionDecl function)
    {
        var seen = new HashSet<FunctionDecl>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<FunctionDecl>([function]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next) || next.Body is null) continue;
            if (package.LibraryEffectsOf(next) is { Locks: true } or { Queries: true }) return true;
            foreach (var call in next.Body.DescendantsAndSelf().OfType<CallExpression>())
                if (call.Callee is MemberAccess { Target: NameExpression { Name: var target }, Member: var method } && target == next.ReceiverName)
                    foreach (var callee in package.FunctionsNamed(next.OwnerType, method)) pending.Push(callee);
        }
        return false;
    }
}
