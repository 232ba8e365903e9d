using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>The value a write stores: what an assignment gives its target (for several targets that one call fills,
/// <c>c.ctx, c.cancel = context.WithCancel(parent)</c>, that call), or the last argument of a call that stores
/// (<c>m.Store(k, v)</c>, <c>cache.set(k, v)</c>).</summary>
internal static class StoredValues
{
    public static IrExpression? Of(Access write) => write.Effect.Node switch
    {
        IrExpression target when target.Parent is Assignment assignment => Assigned(assignment, target),
        CallExpression { Arguments: [.., var last] } => last.Value,
        _ => null,
    };

    private static IrExpression? Assigned(Assignment assignment, IrExpression target)
    {
        var index = assignment.Targets.ToList().IndexOf(target);
        if (index < 0) return null;
        if (assignment.Values.Count == assignment.Targets.Count) return assignment.Values[index];
        return assignment.Values is [CallExpression call] ? call : null;
    }
}
