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

    private IReadOnlyList<Effect> OwnMethod(CallExpression call, string method)
    {
        var callees = scope.Package.FunctionsNamed(scope.Function.OwnerType, method);
        if (callees.Count == 0) return [];
        var effects = new List<Effect>();
        foreach (var callee in callees)
        {
            var summary = scope.Package.SummaryOf(callee);
            effects.AddRange(summary.Writes.Where(Shared).Select(w => new Effect(EffectKind.Write, call, w, Detail: $"{method}() writes {w.Display}")));
            effects.AddRange(summary.Reads.Where(Shared).Select(r => new Effect(EffectKind.Read, call, r, Detail: $"{method}() reads {r.Display}")));
        }
        return effects;
    }

    /// <summary>What a callee's summary can tell its caller: state reached through the receiver or named globally (a
    /// table). A path or cache key held in the callee's own local is another variable at the call.</summary>
    private static bool Shared(Resource resource) =>
        resource.Kind is not (ResourceKind.FilePath or ResourceKind.CacheKey) || resource.Key.Contains("this.", StringComparison.Ordinal);
}
