using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>The value a write stores: what an assignment gives its target, or the last argument of a call that stores
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
        return index >= 0 && assignment.Values.Count == assignment.Targets.Count ? assignment.Values[index] : null;
    }
}
