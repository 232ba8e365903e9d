using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// Concurrency the code shows without any lock: the function is started as a goroutine, thread or task, and another
/// copy of it can run at the same time — it is started at two places or in a loop, or another method of its type
/// (not the one that starts it, which usually calls it instead of starting it, or before) calls it directly. A
/// function started once, that nothing else runs, owns its state. Other writers of the same state are not counted:
/// on real code they were mostly alternatives to the function or helpers on its own goroutine.
/// </summary>
internal static class SpawnEvidence
{
    /// <summary>The places that start the function, when another copy of it can run beside the started one; else none.</summary>
    public static IReadOnlyList<SpawnSite> Of(FunctionModel model)
    {
        var function = model.Function;
        var sites = model.Package.SpawnSitesOf(function);
        if (sites.Count == 0) return [];
        return sites.Count > 1 || sites.Any(s => s.Repeated) || CalledByAnotherMethod(model.Package, function, sites) ? sites : [];
    }

    /// <summary>The go statement that starts the function literal <paramref name="node"/> runs in, when it is in a
    /// loop: each turn starts another copy of the literal, and the copies run side by side; else null.</summary>
    public static SpawnStatement? RepeatedLiteralAround(FunctionModel model, IrNode node) =>
        model.StartedLiteralAround(node) is { } spawn
        && model.Package.LiteralSpawnsIn(model.Function).Any(s => ReferenceEquals(s.Site, spawn) && s.Repeated) ? spawn : null;

    /// <summary>True when the function starts a function literal in a loop.</summary>
    public static bool StartsLiteralsInLoop(FunctionModel model) => model.Package.LiteralSpawnsIn(model.Function).Any(s => s.Repeated);

    private static bool CalledByAnotherMethod(PackageModel package, FunctionDecl function, IReadOnlyList<SpawnSite> sites) =>
        package.CallSitesOf(function.Name).Any(call => !ReferenceEquals(call.Caller, function) && call.Caller.OwnerType == function.OwnerType
            && call.Caller.OwnerType is not null && !sites.Any(s => ReferenceEquals(s.Spawner, call.Caller)));
}
