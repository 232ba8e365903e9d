using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>An act that a flag decides and that the function marks done in the flag only after the decision, in the
/// statement list that holds it (<c>if !s.stopped { close(s.stopCh) }; s.stopped = true</c>): two callers can both find
/// the flag unset and both act, closing the channel twice. The test is the flag alone (or negated) and the mark gives
/// it a literal. A flag set inside the decision (<c>if !s.stopped { s.stopped = true; … }</c>) makes a check and an act
/// on the flag itself, reported as such.</summary>
/// <param name="Pair">The check of the flag, its guard and the act it decides.</param>
/// <param name="Mark">The write that sets the flag.</param>
internal sealed record FlagGuardedAct(CheckActPair Pair, Access Mark)
{
    public static IEnumerable<FlagGuardedAct> In(FunctionModel model)
    {
        foreach (var act in model.Accesses)
        {
            if (act.Effect.Kind != EffectKind.Write || act.Resource is not { Kind: ResourceKind.Field or ResourceKind.Element } done) continue;
            foreach (var guard in act.Guards)
            {
                if (guard is not { Kind: GuardKind.Branch, Condition: IrExpression condition } || condition.Parent is not IfStatement { Parent: Block list } decision) continue;
                var tested = condition is UnaryExpression { Operator: "!", Operand: var operand } ? operand : condition;
                if (guard.Reads.FirstOrDefault(r => r.Effect.Kind == EffectKind.Read && r.Effect.Node == tested) is not { Resource: { Kind: ResourceKind.Field } flag } check
                    || flag.IsRelatedTo(done) || !(flag.IsReceiverState || flag.IsGlobal)) continue;
                var mark = model.Accesses.FirstOrDefault(w => w.Effect is { Kind: EffectKind.Write, Node: IrExpression target } && w.Resource?.Key == flag.Key
                    && target.Parent is Assignment { Values: [LiteralExpression] } assignment && ReferenceEquals(assignment.Parent, list)
                    && assignment.Span.StartOffset > decision.Span.EndOffset);
                if (mark is not null) yield return new FlagGuardedAct(new CheckActPair(check, guard, act), mark);
            }
        }
    }
}
