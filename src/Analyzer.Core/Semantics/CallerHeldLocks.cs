using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Infers the locks a function starts with: those every caller in the package holds at every call to it (a method:
/// on the same receiver; a plain function: by its bare name), with the callers as evidence; or, failing that, the lock
/// its name says the caller holds.
/// </summary>
internal static class CallerHeldLocks
{
    // The callers' models are built inside this function's, and theirs inside their callers': past this many, the
    // callers are not asked (the name's convention still is), so a long chain of calls cannot overflow the stack.
    private const int MaxCallerChain = 64;

    public static IReadOnlyList<HeldLock> Infer(PackageModel package, FunctionDecl function, HashSet<FunctionDecl> inProgress)
    {
        var fromCallers = FromCallers(package, function, inProgress);
        if (fromCallers.Count > 0) return fromCallers;
        if (!package.Facts.NameImpliesCallerHoldsLock(function.Name)) return [];
        var locks = package.TypeNamed(function.OwnerType ?? string.Empty)?.Fields.Where(package.Facts.IsLockField).ToList() ?? [];
        var name = locks.Count == 1 ? (locks[0].IsEmbedded ? "this" : "this." + locks[0].Name) : "the caller's lock";
        return [new HeldLock(name, LockMode.Exclusive, LockOrigin.Convention, null, 0, [])];
    }

    private static List<HeldLock> FromCallers(PackageModel package, FunctionDecl function, HashSet<FunctionDecl> inProgress)
    {
        var sites = package.CallSitesOf(function.Name)
            .Where(s => !ReferenceEquals(s.Caller, function) && (function.OwnerType is null
                ? s.Call.Callee is NameExpression
                : s.Caller.OwnerType == function.OwnerType
                  && s.Call.Callee is MemberAccess { Target: NameExpression target } && target.Name == s.Caller.ReceiverName))
            .ToList();
        if (sites.Count == 0 || inProgress.Count > MaxCallerChain || sites.Any(s => inProgress.Contains(s.Caller))) return [];

        Dictionary<string, (LockMode Mode, List<CallerLock> Callers)>? common = null;
        foreach (var site in sites)
        {
            var held = package.ModelOf(site.Caller).HeldAt(site.Call)
                .ToDictionary(h => h.Name, h => (h.Mode, new List<CallerLock> { new(site.Caller, site.Call, h.AcquiredAt) }), StringComparer.Ordinal);
            if (common is null)
            {
                common = held;
                continue;
            }
            foreach (var name in common.Keys.ToList())
            {
                if (!held.TryGetValue(name, out var here)) common.Remove(name);
                else common[name].Callers.AddRange(here.Item2);
            }
        }
        return common?.Select(p => new HeldLock(p.Key, p.Value.Mode, LockOrigin.Caller, null, 0, p.Value.Callers)).ToList() ?? [];
    }
}
