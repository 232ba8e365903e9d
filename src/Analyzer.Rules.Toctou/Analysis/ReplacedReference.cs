using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A field whose old value the function tears down when a test finds it set, and then replaces with a new one
/// outside that test (<c>if d.timer != nil { d.timer.Stop() }; d.timer = time.AfterFunc(t, f)</c>). Two callers at
/// once can both find the same old value, both tear it down and both store a new one: the value stored first is
/// overwritten without ever being torn down (a timer that still fires, a connection never closed).</summary>
/// <param name="Check">The read the test of the field makes.</param>
/// <param name="Guard">The test.</param>
/// <param name="Use">The read of the field the teardown call goes through.</param>
/// <param name="Replacement">The write that stores the new value.</param>
internal sealed record ReplacedReference(Access Check, Guard Guard, Access Use, Access Replacement)
{
    public static IEnumerable<ReplacedReference> In(FunctionModel model)
    {
        var facts = model.Package.Facts;
        var seen = new HashSet<Access>();
        foreach (var use in model.Accesses)
        {
            if (use.Effect is not { Kind: EffectKind.Read, Node: IrExpression reference } || use.Resource is not { Kind: ResourceKind.Field } state
                || ClearedReference.CallThrough(reference) is null) continue;
            foreach (var guard in use.Guards)
            {
                if (guard is not { Kind: GuardKind.Branch, Condition: IrExpression { Parent: IfStatement test } }
                    || ClearedReference.SetTest(guard, use, facts) is not { } check) continue;
                var replacement = model.Accesses.FirstOrDefault(w => w.Order > use.Order && Replaces(w, state) && !test.Span.Contains(w.Effect.Node.Span));
                if (replacement is null || check.CommonExclusiveLock(replacement) is not null || !seen.Add(replacement)) continue;
                yield return new ReplacedReference(check, guard, use, replacement);
                break;
            }
        }
    }

    /// <summary>True when <paramref name="write"/> assigns the field a value that is not empty: a new one.</summary>
    private static bool Replaces(Access write, Resource state) =>
        write.Effect is { Kind: EffectKind.Write, Node: IrExpression target } && write.Resource?.Key == state.Key
        && target.Parent is Assignment assignment && assignment.Targets.Contains(target)
        && StoredValues.Of(write) is { } value && !ValueTests.IsEmpty(value);
}
