using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Rules.Toctou.Analysis;

namespace Analyzer.Rules.Toctou.Rules;

/// <summary>TOCTOU005: a cache read decides a set of the same key where the cache has an atomic add.</summary>
public sealed class CacheGetThenSetRule : ExternalResourceCheckThenActRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => ToctouDescriptors.Cache;

    /// <inheritdoc />
    protected override ResourceKind Kind => ResourceKind.CacheKey;

    /// <inheritdoc />
    protected override FixKind Fix => FixKind.AtomicCacheAdd;

    /// <summary>A set of the key whose value comes from what the read returned, with no test between
    /// (<c>count = cache.get(key, 0); cache.set(key, count + 1)</c>): a lost update, which the cache's atomic increment
    /// avoids.</summary>
    private protected override IEnumerable<CheckActPair> UnguardedPairs(FunctionModel model) =>
        CheckActPairs.DataDependent(model, a => a.Effect.Kind == EffectKind.Write && a.Resource?.Kind == ResourceKind.CacheKey,
                r => r.Effect.Kind == EffectKind.Read && r.Resource?.Kind == ResourceKind.CacheKey)
            .Where(p => p.Check.Resource!.Key == p.Act.Resource!.Key && p.Check.Order < p.Act.Order);

    /// <summary>True when the function assigns what a call returned to a variable (a chain of calls too:
    /// <c>v, err := rdb.Get(ctx, k).Int()</c>) and hands that variable to a later call on the same receiver: the syntax
    /// a read that feeds a write needs.</summary>
    private protected override bool MayPairUnguarded(FunctionDecl function, ILanguageFacts facts)
    {
        if (function.Body is not { } body) return false;
        var readInto = body.DescendantsAndSelf().OfType<Assignment>()
            .Where(a => a.Targets is [NameExpression, ..] && a.Values is [CallExpression])
            .Select(a => (Name: ((NameExpression)a.Targets[0]).Name, Receiver: Receiver((CallExpression)a.Values[0])))
            .Where(r => r.Receiver is not null).ToList();
        return readInto.Count > 0 && body.DescendantsAndSelf().OfType<CallExpression>().Any(call => Receiver(call) is { } target
            && readInto.Any(r => r.Receiver == target && call.Arguments.Any(a => a.Value.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == r.Name))));
    }

    /// <summary>The text of the object a chain of method calls starts from (<c>rdb</c> for <c>rdb.Get(ctx, k).Int()</c>);
    /// null for a call of a plain function.</summary>
    private static string? Receiver(CallExpression call)
    {
        var target = (call.Callee as MemberAccess)?.Target;
        while (target is CallExpression { Callee: MemberAccess { Target: var inner } }) target = inner;
        return target?.SourceCode;
    }

    private protected override string Message(FunctionModel model, Access check, IReadOnlyList<Access> acts) =>
        Descriptor.FormatMessage(check.Effect.Detail ?? "a read", check.Resource!.Display, check.Effect.Node.Span.StartLine, Lines(acts),
            acts.Any(a => ComparesValue(a, check)) ? "depending on the value it read"
            : acts.All(a => RunsWhenMissing(a, check, model.Package.Facts)) ? "when it was missing"
            : acts.All(a => !a.Guards.Any(g => g.Reads.Contains(check))) ? "to a value made from what it read"
            : "depending on what it read");

    /// <summary>True when a test of what <paramref name="check"/> read lets the set run only if it found nothing.</summary>
    private static bool RunsWhenMissing(Access act, Access check, ILanguageFacts facts) =>
        act.Guards.Any(g => g.Reads.Contains(check) && GuardShapes.TestedEmpty(g, act, facts) is not null);

    /// <summary>A counter raised by an amount (<c>INCR</c>, <c>cache.incr(key)</c>) after a look at whether the key is
    /// there counts every caller, whatever the look found; only a look that weighs the count goes stale.</summary>
    private protected override bool ToleratesLostRace(FunctionModel model, CheckActPair pair) =>
        pair.Act.Effect.Relative && !ComparesValue(pair.Act, pair.Check);

    /// <summary>True when a condition deciding the act orders the value read against another (<c>count &gt;= limit</c>),
    /// which says more than whether the key is there (as <c>n &gt; 0</c> after an EXISTS does).</summary>
    private static bool ComparesValue(Access act, Access check) =>
        act.Guards.Any(g => g.Reads.Contains(check) && g.Condition.DescendantsAndSelf().OfType<BinaryExpression>()
            .Any(b => b.Operator is "<" or "<=" or ">" or ">=" && !ValueTests.IsZero(b.Left) && !ValueTests.IsZero(b.Right)));
}
