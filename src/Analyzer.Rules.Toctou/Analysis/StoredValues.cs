using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>The value a write stores: what an assignment gives its target (for several targets that one call fills,
/// <c>c.ctx, c.cancel = context.WithCancel(parent)</c>, that call), or the last argument of a call that stores
/// (<c>m.Store(k, v)</c>, <c>cache.set(k, v)</c>, also when its result is kept: <c>prev = m.put(k, v)</c>). A method
/// of ours that writes inside shows no value, whatever its arguments.</summary>
internal static class StoredValues
{
    public static IrExpression? Of(Access write) => write.Effect.Node switch
    {
        IrExpression target when target.Parent is Assignment assignment && assignment.Targets.Contains(target) => Assigned(assignment, target),
        CallExpression when write.Effect.Helper is not null => null,
        CallExpression { Arguments: [.., var last] } => last.Value,
        _ => null,
    };

    private static IrExpression? Assigned(Assignment assignment, IrExpression target)
    {
        var index = assignment.Targets.ToList().IndexOf(target);
        if (assignment.Values.Count == assignment.Targets.Count) return assignment.Values[index];
        return assignment.Values is [CallExpression call] ? call : null;
    }
}
