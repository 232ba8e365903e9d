using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The effects of a call, in order of authority: the language's library facts (locks, SQL, files, caches,
/// atomic maps); else, for a call to one of the owner type's own methods, that method's summary; else, for a method
/// called on an external store, the verb its name starts with; else, for a method called with a key on any other field,
/// the verb too, as an access of that key's entry.
/// </summary>
internal sealed class EffectResolver(FunctionScope scope)
{
    public IReadOnlyList<Effect> OfCall(CallExpression call)
    {
        var facts = scope.Package.Facts.EffectsOfCall(call, scope);
        if (facts.Count > 0) return facts;
        if (call.Callee is not MemberAccess { Target: var target, Member: var method }) return [];
        if (scope.IsReceiver(target)) return OwnMethod(call, method);
        if (scope.ResourceOf(target) is { Kind: ResourceKind.ExternalStore } store && StoreVerbs.Classify(method) is { } kind)
            return [new Effect(kind, call, store, Detail: method + "()")];
        if (scope.ResourceOf(target) is { Kind: ResourceKind.Field } field && StoreEntry(call, method, field) is { } entry)
            return [entry];
        return [];
    }

    /// <summary>A lookup or an insert of one key on an object held in a field (<c>c.cache.Get(k)</c>,
    /// <c>c.cache.Add(k, v)</c>). A removal is no act here: removing a key another thread removed first changes nothing.</summary>
    private Effect? StoreEntry(CallExpression call, string method, Resource field)
    {
        if (StoreVerbs.Classify(method) is not { } kind || kind == EffectKind.Write && StoreVerbs.IsRemoval(method)) return null;
        if (call.Arguments.Select(a => a.Value).FirstOrDefault(a => !scope.Package.Facts.IsCallContext(a)) is not { } key) return null;
        var entry = new Resource(ResourceKind.StoreEntry, $"{field.Key}[{scope.Normalize(key)}]", $"{field.Display}'s entry for {key.SourceCode}");
        return new Effect(kind, call, entry, Detail: method + "()");
    }

    /// <summary>A call to one of the type's own methods, through its summary: the locks it returns holding are taken
    /// at the call, then its writes and the reads it returns the value of (each under the locks it takes itself)
    /// happen, then the locks it releases for its caller are released.</summary>
    private IReadOnlyList<Effect> OwnMethod(CallExpression call, string method)
    {
        var callees = scope.Package.FunctionsNamed(scope.Function.OwnerType, method);
        if (callees.Count == 0) return [];
        var summaries = callees.Select(scope.Package.SummaryOf).ToList();
        var effects = new List<Effect>();
        // Several bodies of one name (build variants): a lock counts only where every one of them takes or releases it.
        foreach (var held in summaries[0].ReturnsHolding.Where(l => summaries.All(s => s.ReturnsHolding.Contains(l))))
            effects.Add(new Effect(EffectKind.Acquire, call, Lock: held.Name, Mode: held.Mode, Detail: method + "()", Helper: method));
        foreach (var summary in summaries)
        {
            effects.AddRange(summary.Writes.Where(w => Shared(w.Resource)).Select(w => new Effect(EffectKind.Write, call, w.Resource,
                Detail: $"{method}() writes {w.Resource.Display}", CalleeLocks: w.OwnLocks, Helper: method, Rechecked: w.Rechecked, DecidedInCallee: w.DecidedInside, OnceIn: w.OnceIn)));
            effects.AddRange(summary.Reads.Where(r => Shared(r.Resource)).Select(r => new Effect(EffectKind.Read, call, r.Resource,
                Detail: $"{method}() reads {r.Resource.Display}", CalleeLocks: r.OwnLocks, Helper: method)));
        }
        foreach (var released in summaries[0].ReleasesHeld.Where(l => summaries.All(s => s.ReleasesHeld.Contains(l))).Order(StringComparer.Ordinal))
            effects.Add(new Effect(EffectKind.Release, call, Lock: released, Detail: method + "()", Helper: method));
        return effects;
    }

    /// <summary>What a callee's summary can tell its caller: state reached through the receiver or named globally (a
    /// table). A path, cache key or store entry named by the callee's own local or parameter is another variable at
    /// the call.</summary>
    private static bool Shared(Resource resource) => resource.Kind switch
    {
        ResourceKind.StoreEntry => false,
        ResourceKind.FilePath or ResourceKind.CacheKey => resource.Key.Contains("this.", StringComparison.Ordinal),
        _ => true,
    };
}
