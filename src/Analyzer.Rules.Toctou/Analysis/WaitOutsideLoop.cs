using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A wait on a condition variable that an <c>if</c> decides rather than a loop (<c>if len(q.items) == 0 {
/// q.cond.Wait() }; item := q.items[0]</c>), followed by a use of the state the test read that nothing tests again
/// after the wait. The wait gives up the lock and takes it again: while it sleeps, another thread woken by the same
/// signal (or one that never waited) can take what the signal announced, and a wait can also end with nothing changed;
/// the use then acts on what the test saw before the wait. In a loop the test runs again after each wait.</summary>
/// <param name="Check">The read the <c>if</c>'s condition makes.</param>
/// <param name="Wait">The wait.</param>
/// <param name="Use">The first change of the same state after the wait, or subscript of it (<c>q.items[0]</c>), that no
/// test after the wait decides. Another read of what the test read (<c>if !done { cond.wait(t) }; return done</c>,
/// <c>return !crates.isEmpty()</c>) asks again; it acts on nothing the test said.</param>
internal sealed record WaitOutsideLoop(Access Check, CallExpression Wait, Access Use)
{
    public static IEnumerable<WaitOutsideLoop> In(FunctionModel model)
    {
        // A condition is waited on holding its lock: a function that takes none, and whose callers hold none, waits on none.
        if (model.Function.Body is not { } body || model.LockEvents.Count == 0 && model.CallerLocks.Count == 0) yield break;
        var facts = model.Package.Facts;
        foreach (var wait in body.DescendantsAndSelf().OfType<CallExpression>())
        {
            if (!facts.IsConditionWait(wait, model.Scope)) continue;
            var enclosing = wait.Ancestors().TakeWhile(a => !ReferenceEquals(a, model.Function))
                .FirstOrDefault(a => a is IfStatement or LoopStatement or FunctionLiteral);
            if (enclosing is not IfStatement test) continue;
            IrNode? branch = test.Then.Span.Contains(wait.Span) ? test.Then : test.Else is { } other && other.Span.Contains(wait.Span) ? other : null;
            if (branch is null) continue;
            var leavesAfterWait = branch.DescendantsAndSelf().Any(n => n.Span.StartOffset > wait.Span.EndOffset && n is ReturnStatement or JumpStatement or RaiseStatement);
            foreach (var check in model.Accesses.Where(a => a.Effect.Kind == EffectKind.Read && a.Resource is { OutlivesCall: true }
                                                            && test.Condition.Span.Contains(a.Effect.Node.Span)))
            {
                var use = model.Accesses.FirstOrDefault(a => a.Effect.Node.Span.StartOffset > wait.Span.EndOffset && a.Resource is { } used && used.IsRelatedTo(check.Resource!)
                                                             && (a.Effect.Kind == EffectKind.Write || a.Effect.Node is IndexExpression)
                                                             && (branch.Span.Contains(a.Effect.Node.Span) || !leavesAfterWait && a.Effect.Node.Span.StartOffset >= test.Span.EndOffset)
                                                             && !TestedAgain(a, check.Resource!, wait));
                if (use is not null) yield return new WaitOutsideLoop(check, wait, use);
            }
        }
    }

    // A test after the wait that reads the state decides the use: the wait's stale answer no longer does.
    private static bool TestedAgain(Access use, Resource state, CallExpression wait) =>
        use.Guards.Any(g => g.Reads.Any(r => r.Resource is { } read && read.IsRelatedTo(state) && r.Effect.Node.Span.StartOffset > wait.Span.EndOffset))
        || use.Effect.Node.Ancestors().OfType<IfStatement>().Any(i => i.Span.StartOffset > wait.Span.EndOffset && i.Condition.Span.Contains(use.Effect.Node.Span));
}
