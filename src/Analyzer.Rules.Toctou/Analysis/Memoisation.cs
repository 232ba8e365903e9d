using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// Memoisation: a function that hands back the state it checks (get-or-make) finds the value missing (null, None, not
/// in the map, not found) and stores one it made without reading what the state held. Two callers can both find it
/// missing, both make it and both store it, and the later store wins: a real race, but a benign one when making the
/// value twice is harmless (the same value, no side effect). Such findings stay, at note level, and say so. A check
/// that keeps something from happening twice (a registration that fails on a duplicate, a seen-set) returns nothing
/// of the state and is no memoisation.
/// </summary>
internal static class Memoisation
{
    public static bool Holds(FunctionModel model, CheckActPair pair) =>
        FilledUnderFlag(model, pair).Count > 0
        || MadeWhenMissing(model, pair) && model.Returned.Any(returned => returned.Resource is { } read && read.IsRelatedTo(pair.Check.Resource!));

    /// <summary>A get-or-make whose value the function goes on to use rather than hand back (<c>l := m[k]; if l == nil {
    /// l = newListener(); m[k] = l }; l.Notify(x)</c>): two callers can both make one, and what the loser of the stores
    /// does with its own is lost, so it is no memoisation, but in a type built for threads it is as much a race.</summary>
    public static bool MadeAndUsed(FunctionModel model, CheckActPair pair) => MadeWhenMissing(model, pair) && UsedAfter(pair.Act);

    /// <summary>The act stores a value the function made, not one made from what the state held, only when the test
    /// found the state missing.</summary>
    private static bool MadeWhenMissing(FunctionModel model, CheckActPair pair)
    {
        var act = pair.Act;
        if (pair.Guard is not { } guard || act.Effect is not { Kind: EffectKind.Write, Removes: false }
            || AddsToValue(act)
            || act.Sources.Any(source => source.Resource is { } read && read.IsRelatedTo(pair.Check.Resource!))
            || !IsMadeHere(model, act)) return false;
        return DecidedWhenMissing(model, guard, pair.Check, act);
    }

    /// <summary>True when the function goes on to use the local it stored, calling a method of it after the store.</summary>
    private static bool UsedAfter(Access act) =>
        StoredValues.Of(act) is NameExpression { Name: var local }
        && act.Effect.Node.Ancestors().TakeWhile(n => n is not FunctionDecl and not FunctionLiteral).OfType<IrStatement>()
            .SelectMany(statement => statement.FollowingInBlock()).Any(s => s.DescendantsAndSelf().OfType<CallExpression>()
                .Any(c => c.Callee is MemberAccess { Target: NameExpression { Name: var target } } && target == local));

    /// <summary>The state a branch fills before it sets the flag its test found unset, when the function hands that state
    /// back (<c>if !d.checked { d.dir = find(); d.checked = true }; return d.dir</c>): memoisation with the flag for its
    /// test. Two callers can both find the flag unset and both fill the state, one while the other reads it. Empty for
    /// any other pair.</summary>
    public static IReadOnlyList<Resource> FilledUnderFlag(FunctionModel model, CheckActPair pair)
    {
        if (pair.Guard is not { Kind: GuardKind.Branch, Condition: UnaryExpression { Operator: "!" } condition } guard
            || condition.Parent is not IfStatement decision || !decision.Then.Span.Contains(pair.Act.Effect.Node.Span)
            || !ReferenceEquals(FlagGuardedAct.Flag(condition), pair.Check.Effect.Node) || pair.Act.Resource!.Key != pair.Check.Resource!.Key
            || Stored(model, pair.Act) is not LiteralExpression { LiteralKind: LiteralKind.Boolean }) return [];
        var filled = model.Accesses
            .Where(w => w.Effect.Kind == EffectKind.Write && w.Order < pair.Act.Order && w.Guards.Contains(guard)
                        && w.Resource is { IsReceiverState: true } state && !state.IsRelatedTo(pair.Check.Resource))
            .Select(w => w.Resource!).DistinctBy(r => r.Key).ToList();
        return filled.Any(state => model.Returned.Any(returned => returned.Resource is { } read && read.IsRelatedTo(state))) ? filled : [];
    }

    /// <summary>True when the pair stores a value in the state only when the test found it missing, whether or not the
    /// function hands the state back (<c>if not hasattr(self, "_lock"): self._lock = Lock()</c>).</summary>
    public static bool StoresWhenMissing(FunctionModel model, CheckActPair pair) =>
        pair is { Guard: { } guard, Act.Effect: { Kind: EffectKind.Write, Removes: false } } && !AddsToValue(pair.Act)
        && DecidedWhenMissing(model, guard, pair.Check, pair.Act);

    /// <summary>True for a write that adds to the value rather than stores one made apart from it (<c>n += 1</c>, an
    /// atomic Add, Redis INCR): two callers that both make it add twice, which no later store hides.</summary>
    private static bool AddsToValue(Access act) =>
        act.Effect.Relative || act.Effect.Node.Parent is Assignment { IsAugmented: true };

    /// <summary>True when the act runs only if the test found the state missing: in the branch or after the early exit
    /// the condition takes when it is (<see cref="HoldsWhenMissing"/>), or in a handler of what a read of a missing entry
    /// or member raises (<c>try: return self._cache[k]</c>, <c>except KeyError: …</c>).</summary>
    private static bool DecidedWhenMissing(FunctionModel model, Guard guard, Access check, Access act) => guard.Condition switch
    {
        ExceptHandler bare => model.Package.Facts.HandlesMissing(bare, check.Effect.Node),
        IrExpression { Parent: ExceptHandler handler } => model.Package.Facts.HandlesMissing(handler, check.Effect.Node),
        _ => GuardShapes.Deciding(guard, act) is var (condition, whenTrue) && HoldsWhenMissing(model, condition, check, act) == whenTrue,
    };

    /// <summary>The first change the function makes inside the value after it stored it, under the same test (it stores
    /// an empty map and then fills it): a caller that comes in between finds the value there but not yet filled, which
    /// is worse than making it twice. Null when the value is complete when it is stored.</summary>
    public static Access? FilledAfterStoring(FunctionModel model, CheckActPair pair)
    {
        // An element's key is its container's: a later write of the same key may be another element of the same map.
        var stored = pair.Act.Resource!;
        if (stored.Kind == ResourceKind.Element) return null;
        return model.Accesses.FirstOrDefault(later => later.Order > pair.Act.Order && later.Effect.Kind == EffectKind.Write
            && later.Guards.Any(g => ReferenceEquals(g, pair.Guard)) && later.Resource is { } inside
            && (inside.Kind == ResourceKind.Element && inside.Key == stored.Key || inside.IsPartOf(stored)));
    }

    /// <summary>True when the condition holds if the value is missing, false when it holds if the value is there; null
    /// when it asks something else. A comparison with nothing asks it of the value the check read, or of what the same
    /// statement bound with it (<c>v, err := s.Get(k)</c>), not of a value made later from it (<c>err =
    /// c.process(arg)</c>, with <c>arg</c> cut from the state): that one says whether the later step failed. The value
    /// itself tested for truth (Python's <c>if not _lock:</c>) holds when it is there, when the act stores a value in
    /// its place that is no flag (a flag tested for truth decides whether something else is done).</summary>
    private static bool? HoldsWhenMissing(FunctionModel model, IrExpression condition, Access check, Access act)
    {
        var facts = model.Package.Facts;
        // Missing, or there but dead (cls._instance is None or cls._instance.closed): made anew in both cases.
        if (condition is BinaryExpression { Operator: "||", Left: var either, Right: var or })
            return HoldsWhenMissing(model, either, check, act) == true || HoldsWhenMissing(model, or, check, act) == true ? true : null;
        if (ValueTests.Equality(condition, facts) is var (left, right, equal)
            && (left is LiteralExpression { LiteralKind: LiteralKind.Null } || right is LiteralExpression { LiteralKind: LiteralKind.Null }))
            return AsksOfCheck(model, left is LiteralExpression ? right : left, check) ? equal : null;
        if (condition is BinaryExpression test && facts.IsMembershipTest(test)) return facts.IsAbsenceTest(test);
        if (condition is CallExpression call && facts.IsPresenceTest(call)) return false;
        if (condition is NameExpression flag && BindingOf(model, flag) is var (assignment, index) && facts.BindsPresence(assignment, index)) return false;
        if (condition is NameExpression or MemberAccess or IndexExpression && AsksOfCheck(model, condition, check, alone: true)
            && act.Effect.Node.Parent is Assignment && act.Resource is { } stored && stored.IsRelatedTo(check.Resource!)
            && Stored(model, act) is not LiteralExpression { LiteralKind: LiteralKind.Boolean }) return false;
        return null;
    }

    /// <summary>True when the stored value is made in the function (a call, an object or collection built, a constant),
    /// directly or through a local, rather than handed in by the caller: a value passed in is the caller's to keep, and
    /// the caller whose store lost keeps one the state does not hold.</summary>
    private static bool IsMadeHere(FunctionModel model, Access act) =>
        Stored(model, act) is CallExpression or CollectionExpression or LiteralExpression or UnaryExpression { Operand: CallExpression or CollectionExpression };

    /// <summary>The lock the function makes and stores (<c>m.locks[k] = &amp;sync.Mutex{}</c>), when that is what the
    /// write stores; null otherwise. Two callers that both find it missing each store a lock of their own, and each then
    /// locks one the other does not, so making it twice is never harmless.</summary>
    public static IrExpression? MadeLock(FunctionModel model, CheckActPair pair) =>
        Stored(model, pair.Act) is { } value && model.Package.Facts.MakesLock(value) ? value : null;

    /// <summary>The value the write stores, through a local the function assigned it to.</summary>
    private static IrExpression? Stored(FunctionModel model, Access act)
    {
        var value = StoredValues.Of(act);
        return value is NameExpression local && model.Scope.ValueOf(local.Name, act.Effect.Node) is { } assigned ? assigned : value;
    }

    /// <summary>True when <paramref name="tested"/> is the check's read itself, or a name the statement that made the read
    /// bound; with <paramref name="alone"/>, only a statement that bound that one name: not a second result bound with
    /// the value (<c>it, ok := c.Get(k)</c>), which may say anything.</summary>
    private static bool AsksOfCheck(FunctionModel model, IrExpression tested, Access check, bool alone = false) =>
        tested.Span.Contains(check.Effect.Node.Span)
        || tested is NameExpression use && BindingOf(model, use) is var (assignment, _) && (!alone || assignment.Targets.Count == 1)
        && assignment.Span.Contains(check.Effect.Node.Span);

    /// <summary>The last assignment before <paramref name="use"/> that binds its name, and the target's position.</summary>
    private static (Assignment Assignment, int Index)? BindingOf(FunctionModel model, NameExpression use) =>
        model.Function.Body?.DescendantsAndSelf().OfType<Assignment>()
            .Where(a => a.Span.EndOffset <= use.Span.StartOffset)
            .Select(a => (Assignment: a, Index: a.Targets.ToList().FindIndex(t => t is NameExpression n && n.Name == use.Name)))
            .Where(b => b.Index >= 0)
            .LastOrDefault() is { Assignment: not null } binding ? binding : null;
}
