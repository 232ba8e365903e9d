using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A write that fails when made twice (<see cref="Effect.FailsTwice"/>: <c>close(t.done)</c>) that a test of
/// shared state decides, where the function changed that state itself just before and reads it again for the test
/// (<c>t.pending--; if t.pending == 0 { close(t.done) }</c>): the last caller out is meant to make it, but two callers
/// that change the state at once can both read the final value and both make it. Reading the state under the same hold
/// of a lock as the change (or testing what an atomic change returned, which is no read) lets only the caller whose
/// change got there see it.</summary>
/// <param name="Pair">The test's read, its guard and the write it decides.</param>
/// <param name="Change">The function's own change of the tested state before the test.</param>
internal sealed record LastOneOut(CheckActPair Pair, Access Change)
{
    public static IEnumerable<LastOneOut> In(FunctionModel model)
    {
        foreach (var act in model.Accesses)
        {
            if (!act.Effect.FailsTwice || act.Resource is not { OutlivesCall: true } closed) continue;
            foreach (var guard in act.Guards.Where(g => g.Kind is GuardKind.Branch or GuardKind.EarlyExit))
                foreach (var check in guard.Reads)
                {
                    if (check.Effect.Kind != EffectKind.Read || check.Order > act.Order || check.Resource is not { Kind: ResourceKind.Field } tested
                        || !tested.OutlivesCall || tested.IsRelatedTo(closed)) continue;
                    var change = model.Accesses.LastOrDefault(w => w.Effect.Kind == EffectKind.Write && w.Order < check.Order && w.Resource is { } state
                                                                   && state.Key == tested.Key && w.CommonExclusiveLock(check) is null);
                    if (change is not null) yield return new LastOneOut(new CheckActPair(check, guard, act), change);
                }
        }
    }
}
