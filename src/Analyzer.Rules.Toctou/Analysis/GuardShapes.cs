using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>What a guard's condition says and on which side of it an act runs: the shapes the rules read to tell a
/// harmless check from a deciding one.</summary>
internal static class GuardShapes
{
    /// <summary>The condition without its negations, and whether the act runs when that bare condition holds; null
    /// when the shape does not say (the guard is no branch or early exit, or the act is on neither side).</summary>
    public static (IrExpression Condition, bool ActRunsWhenTrue)? Deciding(Guard guard, Access act)
    {
        if (guard is not { Kind: GuardKind.Branch or GuardKind.EarlyExit, Condition: IrExpression condition }
            || ActRunsWhenTrue(guard, act) is not { } whenTrue) return null;
        while (condition is UnaryExpression { Operator: "!", Operand: var negated })
        {
            condition = negated;
            whenTrue = !whenTrue;
        }
        return (condition, whenTrue);
    }

    /// <summary>True when the act runs only if the guard's condition holds, false when only if it does not; null when
    /// the shape does not say.</summary>
    private static bool? ActRunsWhenTrue(Guard guard, Access act)
    {
        if (guard.Kind == GuardKind.EarlyExit) return false;
        // The right operand of an and runs when the left one holds; of an or, when it does not.
        if (guard.Condition.Parent is BinaryExpression { Operator: "&&" or "||" } logic && ReferenceEquals(logic.Left, guard.Condition))
            return logic.Right.Span.Contains(act.Effect.Node.Span) ? logic.Operator == "&&" : null;
        if (guard.Condition.Parent is ConditionalExpression choice && ReferenceEquals(choice.Condition, guard.Condition))
            return choice.WhenTrue.Span.Contains(act.Effect.Node.Span) ? true : choice.WhenFalse.Span.Contains(act.Effect.Node.Span) ? false : null;
        if (guard.Condition.Parent is not IfStatement @if) return null;
        if (@if.Then.Span.Contains(act.Effect.Node.Span)) return true;
        if (@if.Else is { } otherwise && otherwise.Span.Contains(act.Effect.Node.Span)) return false;
        // A store after the if of a local one branch gives a value (if v == nil { v = make() }; m[k] = v) stores what
        // that branch chose.
        if (act.Effect.Node.Parent is not Assignment { Values: [NameExpression { Name: var local }] } store || !store.Targets.Contains(act.Effect.Node)) return null;
        return @if.Then.AssignsName(local) ? true : @if.Else is { } chosen && chosen.AssignsName(local) ? false : null;
    }

    /// <summary>What <paramref name="guard"/> tests for nothing when it lets <paramref name="access"/> run only if that is
    /// empty: compared equal to nothing (<c>c.conn == nil</c>, <c>self._conn is None</c>) or tested false
    /// (<c>if not self.items</c>); null otherwise.</summary>
    public static IrExpression? TestedEmpty(Guard guard, Access access, ILanguageFacts facts)
    {
        if (Deciding(guard, access) is not var (condition, whenTrue)) return null;
        if (ValueTests.Equality(condition, facts) is not var (left, right, equal)) return whenTrue ? null : condition;
        return whenTrue != equal ? null : ValueTests.IsEmpty(right) ? left : ValueTests.IsEmpty(left) ? right : null;
    }

    /// <summary>What <paramref name="guard"/> tests for holding something when it lets <paramref name="access"/> run only
    /// if that does: tested true bare (<c>if self.items:</c>, <c>if not self.items: return</c>) or its length compared
    /// with zero or one (<c>len(q) &gt; 0</c>, <c>len(q) != 0</c>, <c>len(q) &gt;= 1</c>, <c>len(q) == 0</c> with the act
    /// on the other side); null otherwise.</summary>
    public static IrExpression? TestedNonEmpty(Guard guard, Access access, ILanguageFacts facts)
    {
        if (Deciding(guard, access) is not var (condition, whenTrue)) return null;
        if (condition is NameExpression or MemberAccess) return whenTrue ? condition : null;
        if (condition is not BinaryExpression { Left: var left, Right: var right, Operator: var op }) return null;
        var (measured, bound, flipped) = Length(left, facts) is { } l ? (l, right, false) : Length(right, facts) is { } r ? (r, left, true) : (null, left, false);
        if (measured is null || bound is not LiteralExpression { LiteralKind: LiteralKind.Integer, SourceCode: "0" or "1" } literal) return null;
        var zero = literal.SourceCode == "0";
        op = flipped ? op switch { ">" => "<", "<" => ">", ">=" => "<=", "<=" => ">=", _ => op } : op;
        // Whether the comparison holds exactly when the container holds something.
        bool? holdsWhenNonEmpty = (op, zero) switch
        {
            (">", true) or ("!=", true) or (">=", false) => true,
            ("==", true) or ("<=", true) or ("<", false) => false,
            _ => null,
        };
        return holdsWhenNonEmpty == whenTrue ? measured : null;
    }

    private static IrExpression? Length(IrExpression side, ILanguageFacts facts) => side is CallExpression call ? facts.LengthOperand(call) : null;

    /// <summary>True when the check is a receive from a channel the field holds (<c>select { case &lt;-n.done: return;
    /// default: }</c>): it asks whether the channel is closed, and a close is the flag it reads. So is a call of a method
    /// of the type that answers by such a receive (<c>if c.isClosed() { return }</c>).</summary>
    public static bool ProbesChannel(FunctionModel model, Access check) =>
        Receives(check, model.Package.Facts)
        || check.Effect is { Helper: not null, Node: CallExpression { Callee: MemberAccess { Target: var target, Member: var method } } call }
        && model.Scope.IsReceiver(target) && model.Package.FunctionsCalled(model.Function.OwnerType, method, call) is { Count: > 0 } callees
        && callees.All(callee => model.Package.ModelOf(callee).Accesses.Any(a => a.Resource?.Key == check.Resource!.Key && Receives(a, model.Package.Facts)));

    private static bool Receives(Access check, ILanguageFacts facts) =>
        check.Effect.Node is IrExpression { Parent: UnaryExpression take } channel && facts.Receive(take) is { } receive && ReferenceEquals(receive.Channel, channel);
}
