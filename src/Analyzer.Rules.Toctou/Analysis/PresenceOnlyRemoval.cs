using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A removal of an entry, decided only by a test that the entry is there (<c>if _, ok := m[k]; ok { delete(m, k)
/// }</c>, <c>if k in d: d.pop(k, None)</c>), that does nothing when the entry is already gone, with no other change
/// the test decides. Whatever another goroutine or thread did between the test and the removal, the map ends as an
/// unconditional removal would leave it: the pair is no race. A test that also reads the entry's value
/// (<c>if e, ok := m[k]; ok &amp;&amp; e.expired()</c>) weighs more than presence, and one that also decides another
/// change (a count taken down with the removal) lets two callers both make that change. Each of the two must be whole by
/// itself: made under a lock, on a map built for concurrent use, or in a language whose containers make each operation
/// atomic; Go's plain map read and delete with no lock are a data race of their own.</summary>
internal static class PresenceOnlyRemoval
{
    public static bool Holds(FunctionModel model, CheckActPair pair)
    {
        var (check, act) = (pair.Check, pair.Act);
        if (act.Effect is not { Kind: EffectKind.Write, Removes: true, MissingIsNoOp: true, Helper: null }
            || !(check.Held.Count > 0 && act.Held.Count > 0 || check.Resource!.Kind == ResourceKind.ConcurrentEntry || model.Package.Facts.ContainerOperationsAreAtomic)
            || TestedEntry(check.Effect.Node, model.Package.Facts) is not { } tested || tested != RemovedEntry(act)) return false;
        return !model.Accesses.Any(other => !ReferenceEquals(other, act) && other.Order > check.Order && other.Effect.Kind == EffectKind.Write
                                            && other.Guards.Any(g => g.Reads.Contains(check)));
    }

    // The entry a test asks only the presence of, as "map[key]": an index whose value the assignment throws away
    // (_, ok := m[k]), a lookup call likewise (_, ok := m.Load(k)), or the container of a membership test (k in d).
    private static string? TestedEntry(IrNode check, ILanguageFacts facts) => check switch
    {
        IndexExpression { Target: var map, Indices: [var key] } when DiscardsValue(check, facts) => Entry(map, key),
        CallExpression { Callee: MemberAccess { Target: var map }, Arguments: [{ Value: var key }] } when DiscardsValue(check, facts) => Entry(map, key),
        IrExpression container when container.Parent is BinaryExpression { Left: var key } test && ReferenceEquals(test.Right, container)
                                    && facts.IsMembershipTest(test) => Entry(container, key),
        _ => null,
    };

    private static bool DiscardsValue(IrNode lookup, ILanguageFacts facts) =>
        lookup.Parent is Assignment { Targets: [NameExpression { Name: var value }, _], Values: [var only] } && ReferenceEquals(only, lookup) && facts.IsBlankName(value);

    // The entry a removal takes out: the key a method call names on its receiver (m.Delete(k), d.pop(k, None)), or the
    // entry the removal's effect names (delete(m, k)).
    private static string RemovedEntry(Access act) => act.Effect.Node is CallExpression { Callee: MemberAccess { Target: var map }, Arguments: [{ Value: var key }, ..] }
        ? Entry(map, key)
        : act.Resource!.Display;

    private static string Entry(IrExpression map, IrExpression key) => $"{map.SourceCode}[{key.SourceCode}]";
}
