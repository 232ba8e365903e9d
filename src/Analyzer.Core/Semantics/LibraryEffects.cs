using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What a function's own body does through the language's library facts alone, without following its calls:
/// whether it takes a lock or runs a query, and which of its parameters it checks as a path. A cheap test of whether a
/// function's summary can matter to a caller on another object, or to a caller of a path helper, before the summary is
/// computed.</summary>
/// <param name="Locks">It takes a lock (a call or a scoped item).</param>
/// <param name="Queries">It reads or writes a SQL table.</param>
/// <param name="ChecksPath">It checks a path named by one of its parameters.</param>
internal sealed record LibraryEffects(bool Locks, bool Queries, bool ChecksPath)
{
    public static LibraryEffects Of(PackageModel package, FunctionDecl function)
    {
        if (function.Body is null) return new LibraryEffects(false, false, false);
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
            effects.Any(e => e.Resource?.Kind == ResourceKind.SqlTable),
            effects.Any(e => e is { Kind: EffectKind.Read, Resource: { Kind: ResourceKind.FilePath } path } && parameterPaths.Contains(path.Key)));
    }
}
