using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The effects of a call, in order of authority: the language's library facts (locks, SQL, files, caches,
/// atomic maps); else, for a call to one of the owner type's own methods, that method's summary; else, for a method
/// called on an external store, the verb its name starts with.
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
        return [];
    }

    /// <summary>A call to one of the type's own methods, through its summary: the locks it returns holding are taken
    /// at the call, then its writes (each under the locks it takes itself) and reads happen, then the locks it
    /// releases for its caller are released.</summary>
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
                Detail: $"{method}() writes {w.Resource.Display}", CalleeLocks: w.OwnLocks, Helper: method, Rechecked: w.Rechecked)));
            effects.AddRange(summary.Reads.Where(Shared).Select(r => new Effect(EffectKind.Read, call, r, Detail: $"{method}() reads {r.Display}")));
        }
        foreach (var released in summaries[0].ReleasesHeld.Where(l => summaries.All(s => s.ReleasesHeld.Contains(l))).Order(StringComparer.Ordinal))
            effects.Add(new Effect(EffectKind.Release, call, Lock: released, Detail: method + "()", Helper: method));
        return effects;
    }

    /// <summary>What a callee's summary can tell its caller: state reached through the receiver or named globally (a
    /// table). A path or cache key held in the callee's own local is another variable at the call.</summary>
    private static bool Shared(Resource resource) =>
        resource.Kind is not (ResourceKind.FilePath or ResourceKind.CacheKey) || resource.Key.Contains("this.", StringComparison.Ordinal);
}
