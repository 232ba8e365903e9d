using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// The key claimed first: in another map, the function looked for the key and put a claim in where it found none, in
/// one step (under one exclusive hold, <c>c, ok := m.inflight[id]; if !ok { m.inflight[id] = c }</c>, or an atomic
/// <c>LoadOrStore(id, c)</c>), and only where it put the claim does it go on to the check and the act on the same key
/// (<c>if ok { &lt;-c.done; return }</c>). Every other caller with that key finds the claim and turns back, so no two
/// check and change the key's state at the same time. A key the function built from values (<c>key := user + "/" +
/// group</c>) is claimed for every check and act that names all of them.
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
                || KeyParts(model, claim.Effect.Node, key) is not { Count: > 0 } parts
                || !parts.All(part => Names(model, check.Effect.Node, part) && Names(model, act.Effect.Node, part))) continue;
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
    internal static string? KeyOf(IrNode node) => KeyExpression(node)?.SourceCode;

    private static IrExpression? KeyExpression(IrNode node) =>
        node.DescendantsAndSelf().OfType<IndexExpression>().FirstOrDefault() is { Indices: [var index] } ? index
        : node is CallExpression { Arguments: [var first, ..] } ? first.Value
        : null;

    // What the claimed key is made of: a local the function built from values (key := user + "/" + group) stands for
    // them, and a check and an act that name every one of them (Get(group + ":" + user)) are on a key that only the
    // same claim allows; any other key stands for itself.
    private static IReadOnlyList<string> KeyParts(FunctionModel model, IrNode claim, string key) =>
        KeyExpression(claim) is NameExpression { Name: var local }
        && model.Scope.ValueOf(local, claim) is { Kind: IrKind.BinaryExpression or IrKind.CallExpression or IrKind.InterpolatedString } built
            ? Parts(built).Select(p => p.SourceCode).Distinct().ToList()
            : [key];

    private static IEnumerable<IrExpression> Parts(IrExpression value) => value switch
    {
        BinaryExpression made => Parts(made.Left).Concat(Parts(made.Right)),
        CallExpression made => made.Arguments.SelectMany(a => Parts(a.Value)),
        InterpolatedString made => made.Parts.SelectMany(Parts),
        LiteralExpression => [],
        _ => [value],
    };

    // The node names the key itself, or through a local it reads that was given a value naming it (AddSession(ctx,
    // session), with session := &Session{User: user, …}).
    private static bool Names(FunctionModel model, IrNode node, string key) =>
        NamesDirectly(node, key)
        || node.DescendantsAndSelf().OfType<NameExpression>().Any(local => model.Scope.ValueOf(local.Name, local) is { } value && NamesDirectly(value, key));

    private static bool NamesDirectly(IrNode node, string key) => node.DescendantsAndSelf().OfType<IrExpression>().Any(e => e.SourceCode == key);
}
