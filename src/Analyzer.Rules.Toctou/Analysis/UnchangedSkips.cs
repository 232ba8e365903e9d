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
        if (pair.Guard is not { Kind: GuardKind.Branch or GuardKind.EarlyExit, Condition: IrExpression condition } guard
            || pair.Act.Effect is not { Kind: EffectKind.Write, Removes: false, Node: IrExpression target }
            || target.Parent is not Assignment { Operator: "=" } assignment
            || ValueAssigned(assignment, target) is not { } value
            || ActRunsWhenTrue(guard, pair.Act) is not { } whenTrue) return false;
        while (condition is UnaryExpression { Operator: "!", Operand: var negated })
        {
            condition = negated;
            whenTrue = !whenTrue;
        }
        var facts = model.Package.Facts;
        var scope = model.Scope;
        bool Same(IrExpression a, IrExpression b) => scope.Normalize(a) == scope.Normalize(b);
        if (Equality(condition, facts) is not var (left, right, equal) || whenTrue == equal) return false;
        if (Same(left, target) && Same(right, value) || Same(right, target) && Same(left, value)) return true;
        // Emptied when not empty: len(state) == 0, or state == nil / state is None.
        var (state, other) = IsEmpty(right) ? (left, right) : (right, left);
        if (!IsEmpty(other) || !IsEmpty(value)) return false;
        return Same(state, target) || state is CallExpression call && facts.LengthOperand(call) is { } measured && Same(measured, target);
    }

    private static (IrExpression Left, IrExpression Right, bool Equal)? Equality(IrExpression condition, ILanguageFacts facts) => condition switch
    {
        BinaryExpression { Operator: "==" or "is", Left: var l, Right: var r } => (l, r, true),
        BinaryExpression { Operator: "!=" or "is not", Left: var l, Right: var r } => (l, r, false),
        CallExpression call when facts.EqualityCall(call) is var (l, r) => (l, r, true),
        _ => null,
    };

    /// <summary>Nothing: a null literal, zero, or an empty collection literal.</summary>
    private static bool IsEmpty(IrExpression expression) => expression switch
    {
        LiteralExpression { LiteralKind: LiteralKind.Null } => true,
        LiteralExpression { LiteralKind: LiteralKind.Integer, Value: "0" } => true,
        CollectionExpression { Elements.Count: 0 } => true,
        _ => false,
    };

    private static IrExpression? ValueAssigned(Assignment assignment, IrExpression target)
    {
        var index = assignment.Targets.ToList().IndexOf(target);
        return index >= 0 && assignment.Values.Count == assignment.Targets.Count ? assignment.Values[index] : null;
    }

    /// <summary>True when the act runs only if the guard's condition holds, false when only if it does not; null when
    /// the shape does not say.</summary>
    private static bool? ActRunsWhenTrue(Guard guard, Access act)
    {
        if (guard.Kind == GuardKind.EarlyExit) return false;
        if (guard.Condition.Parent is not IfStatement @if) return null;
        if (@if.Then.Span.Contains(act.Effect.Node.Span)) return true;
        return @if.Else is { } otherwise && otherwise.Span.Contains(act.Effect.Node.Span) ? false : null;
    }
}
