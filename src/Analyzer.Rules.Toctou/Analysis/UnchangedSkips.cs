using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// A check that only skips writing what the state already holds: the act assigns a value and runs only when the state
/// differs from that very value (<c>if reflect.DeepEqual(p.labels, labels) { return }; p.labels = labels</c>), or it
/// empties the state and runs only when the state is not empty (<c>if len(r.pending) == 0 { return }; …;
/// r.pending = nil</c>). Whatever another writer does between the check and the act, the result is one that the two
/// writes in some order would leave too, so the stale check loses nothing.
/// </summary>
internal static class UnchangedSkips
{
    public static bool Holds(FunctionModel model, CheckActPair pair)
    {
        if (pair.Guard is not { } guard
            || pair.Act.Effect is not { Kind: EffectKind.Write, Removes: false, Node: IrExpression target }
            || target.Parent is not Assignment { Operator: "=" }
            || StoredValues.Of(pair.Act) is not { } value
            || GuardShapes.Deciding(guard, pair.Act) is not var (condition, whenTrue)) return false;
        var facts = model.Package.Facts;
        var scope = model.Scope;
        bool Same(IrExpression a, IrExpression b) => scope.Normalize(a) == scope.Normalize(b);
        if (GuardShapes.Equality(condition, facts) is not var (left, right, equal) || whenTrue == equal) return false;
        if (Same(left, target) && Same(right, value) || Same(right, target) && Same(left, value)) return true;
        // Emptied when not empty: len(state) == 0, or state == nil / state is None.
        var (state, other) = GuardShapes.IsEmpty(right) ? (left, right) : (right, left);
        if (!GuardShapes.IsEmpty(other) || !GuardShapes.IsEmpty(value)) return false;
        return Same(state, target) || state is CallExpression call && facts.LengthOperand(call) is { } measured && Same(measured, target);
    }
}
