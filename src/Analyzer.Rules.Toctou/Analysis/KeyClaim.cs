using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// The key claimed first: in another map, the function looked for the key and put a claim in where it found none, in
/// one step (under one exclusive hold, <c>c, ok := m.inflight[id]; if !ok { m.inflight[id] = c }</c>, or an atomic
/// <c>LoadOrStore(id, c)</c>), and only where it put the claim does it go on to the check and the act on the same key
/// (<c>if ok { &lt;-c.done; return }</c>). Every other caller with that key finds the claim and turns back, so no two
/// check and change the key's state at the same time.
/// </summary>
internal static class KeyClaim
{
    public static bool Holds(FunctionModel model, CheckActPair pair)
    {
        var (check, act) = (pair.Check, pair.Act);
        foreach (var claim in model.Accesses)
        {
            if (claim.Order >= check.Order) break;
            if (claim.Resource is not { Kind: ResourceKind.Element or ResourceKind.ConcurrentEntry } claims || claim.Effect.Helper is not null
                || claims.IsRelatedTo(check.Resource!) || claims.IsRelatedTo(act.Resource!) || KeyOf(claim.Effect.Node) is not { } key
                || !Names(check.Effect.Node, key) || !Names(act.Effect.Node, key)) continue;
            var look = claim.Effect.Kind switch
            {
                EffectKind.AtomicCheckAndAct => claim,
                EffectKind.Write when !claim.Effect.Removes => claim.Guards.SelectMany(g => g.Reads)
                    .FirstOrDefault(r => r.Resource?.Key == claims.Key && r.CommonExclusiveLock(claim) is not null && KeyOf(r.Effect.Node) == key),
                _ => null,
            };
            if (look is not null && check.Guards.Any(g => g.Reads.Contains(look))) return true;
        }
        return false;
    }

    // The key an entry is named by: the index of m[key], or the first argument of a call on the map (LoadOrStore(key, v)).
    internal static string? KeyOf(IrNode node) =>
        node.DescendantsAndSelf().OfType<IndexExpression>().FirstOrDefault() is { Indices: [var index] } ? index.SourceCode
        : node is CallExpression { Arguments: [var first, ..] } ? first.Value.SourceCode
        : null;

    private static bool Names(IrNode node, string key) => node.DescendantsAndSelf().OfType<IrExpression>().Any(e => e.SourceCode == key);
}
