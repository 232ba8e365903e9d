using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>An act that a flag decides and that the function marks done in the flag only after the act, in the
/// statement list that holds the decision (<c>if !s.stopped { close(s.stopCh) }; s.stopped = true</c>, or <c>if
/// s.stopped { return }; close(s.stopCh); s.stopped = true</c>): two callers can both find the flag unset and both act,
/// closing the channel twice. The test is the flag alone, negated or compared with a literal, and the mark gives it a
/// literal (<c>s.stopped = true</c>, <c>atomic.StoreInt32(&amp;s.closed, 1)</c>). So is a call's work that the decision
/// runs before it sets the flag in it (<c>if not self._ready: self._server.initialize(); self._ready = True</c>). Any
/// other flag set inside the decision (<c>if !s.stopped { s.stopped = true; … }</c>, <c>if !s.loaded { s.data = load();
/// s.loaded = true }</c>) makes a check and an act on the flag itself, reported as such.</summary>
/// <param name="Pair">The check of the flag, its guard and the act it decides.</param>
/// <param name="Mark">The write that sets the flag.</param>
/// <param name="MarkedInDecision">True when the mark is in the branch the test decides, after the act.</param>
internal sealed record FlagGuardedAct(CheckActPair Pair, Access Mark, bool MarkedInDecision)
{
    public static IEnumerable<FlagGuardedAct> In(FunctionModel model)
    {
        foreach (var act in model.Accesses)
        {
            if (act.Effect.Kind != EffectKind.Write || act.Resource is not { Kind: ResourceKind.Field or ResourceKind.Element } done) continue;
            foreach (var guard in act.Guards)
            {
                if (guard is not { Kind: GuardKind.Branch or GuardKind.EarlyExit, Condition: IrExpression condition }
                    || condition.Parent is not IfStatement { Parent: Block list } decision) continue;
                var tested = GuardShapes.Deciding(guard, act) is var (bare, whenTrue) ? Tests(bare, whenTrue).ToList() : [];
                // Another flag of the test set where it decides, by the act or before it (if s.closed || s.closing { return };
                // s.closing = true) keeps a second caller out: that flag's own test and set are the pair.
                if (tested.Count > 1 && guard.Reads.Any(read => model.Accesses.Any(w => w.Effect.Kind == EffectKind.Write && w.Order > read.Order && w.Order <= act.Order
                        && w.Guards.Contains(guard) && w.Resource is { } set && read.Resource?.Key == set.Key))) continue;
                var after = Math.Max(decision.Span.EndOffset, act.Effect.Node.Span.EndOffset);
                // The branch the test sends a call's work to, when the call is in it: a mark there after the call comes too
                // late too. A plain write there is the flag's own test and set, reported as such.
                var decided = act.Effect.Helper is not null && guard.Kind == GuardKind.Branch && act.Effect.Node.Ancestors().Contains(decision.Then) ? decision.Then : null;
                foreach (var check in guard.Reads.Where(r => r.Effect.Kind == EffectKind.Read && tested.Any(t => ReferenceEquals(t, r.Effect.Node))))
                {
                    if (check.Resource is not { Kind: ResourceKind.Field or ResourceKind.ConcurrentEntry } flag || flag.IsRelatedTo(done) || done.IsStateOfObjectIn(flag) || !flag.OutlivesCall) continue;
                    var mark = model.Accesses.FirstOrDefault(w => w.Effect.Kind == EffectKind.Write && w.Resource?.Key == flag.Key
                        && SetsLiteral(w.Effect.Node) is { } statement
                        && (ReferenceEquals(statement.Parent, list) && statement.Span.StartOffset > after
                            || ReferenceEquals(statement.Parent, decided) && statement.Span.StartOffset > act.Effect.Node.Span.EndOffset));
                    if (mark is null) continue;
                    yield return new FlagGuardedAct(new CheckActPair(check, guard, act), mark, ReferenceEquals(SetsLiteral(mark.Effect.Node)!.Parent, decided));
                    break;
                }
            }
        }
    }

    /// <summary>The flags a condition tests that each must come out as it says for the act to run: the condition's own
    /// (<see cref="Flag"/>), or, of an and that must hold (<c>if s.enabled &amp;&amp; !s.started</c>) and of an or that must
    /// not (<c>if s.disabled || s.started { return }</c>), each operand's.</summary>
    private static IEnumerable<IrExpression> Tests(IrExpression condition, bool whenTrue) => condition switch
    {
        UnaryExpression { Operator: "!", Operand: var operand } => Tests(operand, !whenTrue),
        BinaryExpression { Operator: "&&", Left: var left, Right: var right } when whenTrue => Tests(left, true).Concat(Tests(right, true)),
        BinaryExpression { Operator: "||", Left: var left, Right: var right } when !whenTrue => Tests(left, false).Concat(Tests(right, false)),
        _ => [Flag(condition)],
    };

    /// <summary>The flag a condition tests: the condition without its negations, or the side of a comparison with a
    /// literal that is not the literal (an atomic load, <c>atomic.LoadInt32(&amp;s.closed) == 1</c>, is the read).</summary>
    public static IrExpression Flag(IrExpression condition) => condition switch
    {
        UnaryExpression { Operator: "!", Operand: var operand } => Flag(operand),
        BinaryExpression { Operator: "==" or "!=", Left: var flag, Right: LiteralExpression } => flag,
        BinaryExpression { Operator: "==" or "!=", Left: LiteralExpression, Right: var flag } => flag,
        _ => condition,
    };

    /// <summary>The statement that gives the written flag a literal: an assignment of one, or a call whose last argument
    /// is one (an atomic store); null for any other write.</summary>
    private static IrNode? SetsLiteral(IrNode write) => write switch
    {
        IrExpression { Parent: Assignment { Values: [LiteralExpression] } assignment } target when assignment.Targets.Contains(target) => assignment,
        CallExpression { Arguments: [.., { Value: LiteralExpression }], Parent: ExpressionStatement statement } => statement,
        _ => null,
    };
}
