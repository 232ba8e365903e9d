using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>Every check and act of the function in one of the shapes TOCTOU001 reports, each found once: what makes it
/// a race (starts, handlers, the type's locks) is asked only when there is one.</summary>
/// <param name="Pairs">Checks of the function's shared state that decide a write of it, and updates split by a lock.</param>
/// <param name="Flagged">Acts decided by a flag the function sets too late (<see cref="FlagGuardedAct"/>).</param>
/// <param name="LastOut">Acts after the function's own change of what it checks (<see cref="LastOneOut"/>).</param>
/// <param name="Waits">Uses after a condition wait outside a loop (<see cref="WaitOutsideLoop"/>).</param>
/// <param name="LateJoins">Work counted after a closer's flag (<see cref="LateJoin"/>).</param>
/// <param name="Cleared">Uses of a reference another method clears (<see cref="ClearedReference"/>).</param>
/// <param name="Replaced">Replacements of a reference tested first (<see cref="ReplacedReference"/>).</param>
/// <param name="Coupled">Acts on a field a checked flag is kept in step with (<see cref="CoupledState"/>).</param>
/// <param name="Upgrades">Acts under a write lock decided under a read hold of it let go before (<see cref="LockUpgrade"/>).</param>
internal sealed record OwnStateShapes(
    IReadOnlyList<CheckActPair> Pairs,
    IReadOnlyList<FlagGuardedAct> Flagged,
    IReadOnlyList<LastOneOut> LastOut,
    IReadOnlyList<WaitOutsideLoop> Waits,
    IReadOnlyList<LateJoin> LateJoins,
    IReadOnlyList<ClearedReference> Cleared,
    IReadOnlyList<ReplacedReference> Replaced,
    IReadOnlyList<CoupledState> Coupled,
    IReadOnlyList<LockUpgrade> Upgrades)
{
    private static readonly OwnStateShapes NoneFound = new([], [], [], [], [], [], [], [], []);

    /// <summary>True when the function has none.</summary>
    public bool None => Pairs.Count + Flagged.Count + LastOut.Count + Waits.Count + LateJoins.Count + Cleared.Count + Replaced.Count + Coupled.Count + Upgrades.Count == 0;

    /// <summary>The shapes in the function <paramref name="context"/> analyzes; a function that checks nothing (its
    /// model is not built then) or touches no state has none. Every shape needs a guard, or an if around a wait, but an
    /// update split in two steps in a function started in parallel.</summary>
    public static OwnStateShapes In(FunctionAnalysisContext context)
    {
        if (!context.Package.CanHaveGuards(context.Function) && context.Package.SpawnSitesOf(context.Function).Count == 0) return NoneFound;
        var model = context.Model;
        return !model.Accesses.Any(a => a.Resource is not null) ? NoneFound : new(
            [.. CheckActPairs.Guarded(model, IsOwnState), .. CheckActPairs.SplitUpdates(model, IsOwnState, () => SpawnEvidence.Of(model).Count > 0)],
            [.. FlagGuardedAct.In(model)], [.. LastOneOut.In(model)], [.. WaitOutsideLoop.In(model)], [.. LateJoin.In(model)],
            [.. ClearedReference.In(model)], [.. ReplacedReference.In(model)], [.. CoupledState.In(model)], [.. LockUpgrade.In(model)]);
    }

    private static bool IsOwnState(Resource r) => r.Kind is ResourceKind.Field or ResourceKind.Element or ResourceKind.ConcurrentEntry or ResourceKind.StoreEntry;
}
