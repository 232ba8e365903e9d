using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>Finds check-then-act pairs in a function's semantic model.</summary>
internal static class CheckActPairs
{
    /// <summary>Pairs where a write of a resource is control-dependent on an earlier read of a related resource. A
    /// removal that only a loop over the state decides (<c>for k := range m { delete(m, k) }</c>) is no pair:
    /// removing what another thread removed first changes nothing. Nor is an atomic removal from a concurrent
    /// collection when the function, or the method that makes it, goes by whether it found anything (<c>if
    /// (cache.remove(path) != null) content.invalidate()</c>): the removal itself says whether this caller won.</summary>
    public static IEnumerable<CheckActPair> Guarded(FunctionModel model, Func<Resource, bool> kind)
    {
        foreach (var act in model.Accesses)
        {
            if (act.Effect.Kind != EffectKind.Write || act.Resource is not { } written || !kind(written)) continue;
            if (act.Effect.Removes && written.Kind == ResourceKind.ConcurrentEntry && RemovalTestsItself(model, act.Effect)) continue;
            var seen = new HashSet<(Access, Guard)>();
            foreach (var guard in act.Guards.Where(g => !(g.Kind == GuardKind.Iteration && act.Effect.Removes)))
                foreach (var check in guard.Reads)
                    if (check.Effect.Kind == EffectKind.Read && check.Order < act.Order && check.Resource is { } read
                        && kind(read) && read.IsRelatedTo(written) && !ThroughFixedReference(model, check, act) && !KeyedAfresh(model, check, act)
                        && seen.Add((check, guard)))
                        yield return new CheckActPair(check, guard, act);
        }
    }

    /// <summary>A check of one entry and a write of an entry keyed by a value the function draws after the check from
    /// nothing of its own, a call given only constants (<c>_, ok := sessions[c]; …; id := rand.String(32); sessions[id] =
    /// true</c>): a new entry, which no other thread's change of the checked one concerns.</summary>
    private static bool KeyedAfresh(FunctionModel model, Access check, Access act) =>
        check.Effect.Node is IndexExpression && act.Effect.Node is IndexExpression { Indices: [NameExpression { Name: var local } actKey] }
        && model.Scope.ValueOf(local, actKey) is CallExpression drawn && drawn.Span.StartOffset > check.Effect.Node.Span.EndOffset
        && drawn.DescendantsAndSelf().OfType<NameExpression>().All(IsCalled);

    // The function a call names, or the package or object it is reached through (rand in rand.String(32)).
    private static bool IsCalled(NameExpression name) =>
        name.Parent is CallExpression { Callee: var callee } && ReferenceEquals(callee, name)
        || name.Parent is MemberAccess { Target: var target, Parent: CallExpression { Callee: var reached } } member && ReferenceEquals(target, name) && ReferenceEquals(reached, member);

    /// <summary>An atomic removal the function goes by, or a called method's removal that its method goes by or
    /// re-checks under its lock.</summary>
    private static bool RemovalTestsItself(FunctionModel model, Effect removal) =>
        removal.Helper is null ? removal.Node is IrExpression call && ValueTests.ResultTestedForNothing(call, model.Package.Facts) : removal.Rechecked;

    /// <summary>Pairs where a write stores a value built from an earlier read of the same state, a read that a condition
    /// of the function tests, each made under a hold of one lock but not under one hold across both (<c>mu.Lock(); b, ok :=
    /// m[k]; mu.Unlock(); if !ok { b = … }; b = append(b, v); mu.Lock(); m[k] = b; mu.Unlock()</c>): what another holder
    /// stores in between is lost when the stale copy is stored. Taking the lock for both shows the state is shared. A
    /// write a test of the read decides is a guarded pair already; a write that merges with what it reads again under
    /// its own hold (<c>m[k] = append(m[k], extra...)</c>) keeps what others stored.
    /// <para>In a function whose copies run side by side (<paramref name="runsBesideItself"/>, asked only when needed),
    /// the read need not be tested: each copy stores its own increment of what it read (<c>mu.Lock(); n := c.n;
    /// mu.Unlock(); mu.Lock(); c.n = n + 1; mu.Unlock()</c>), and so does a word read and stored by two atomic calls
    /// (<c>n := atomic.LoadInt64(&amp;c.n); atomic.StoreInt64(&amp;c.n, n+1)</c>), each a step of its own.</para></summary>
    public static IEnumerable<CheckActPair> SplitUpdates(FunctionModel model, Func<Resource, bool> kind, Func<bool> runsBesideItself)
    {
        bool? besideItself = null;
        bool BesideItself() => besideItself ??= runsBesideItself();
        foreach (var act in model.Accesses)
        {
            if (act.Effect is not { Kind: EffectKind.Write, Removes: false } || act.Resource is not { } written || !kind(written)) continue;
            foreach (var read in act.Sources.Distinct())
                if (read.Effect.Kind == EffectKind.Read && read.Order < act.Order && read.Resource is { } state && kind(state) && state.IsRelatedTo(written)
                    && !act.Guards.Any(g => g.Reads.Contains(read)) && !MergesWithCurrent(act, written) && read.CommonLock(act) is null
                    && (read.Held.Any(h => act.Held.Any(a => a.Name == h.Name)) && (IsTested(model, read, act) || BesideItself())
                        || state.Kind == ResourceKind.ConcurrentEntry && written.Kind == ResourceKind.ConcurrentEntry && BesideItself()))
                    yield return new CheckActPair(read, null, act);
        }
    }

    /// <summary>True when the read of a split update is tested by a condition of the function (see
    /// <see cref="SplitUpdates"/>): the pair is a check and an act; otherwise it is a read, changed and stored back.</summary>
    public static bool IsSplitCheck(FunctionModel model, CheckActPair pair) => pair.Guard is not null || IsTested(model, pair.Check, pair.Act);

    private static bool MergesWithCurrent(Access act, Resource written) =>
        act.Sources.Any(again => again.Resource is { } state && state.IsRelatedTo(written) && again.CommonExclusiveLock(act) is not null);

    /// <summary>True when a condition of the function, before the act, tests the read or a variable the read is assigned to.</summary>
    private static bool IsTested(FunctionModel model, Access read, Access act)
    {
        var node = read.Effect.Node;
        var actAt = act.Effect.Node.Span.StartOffset;
        var names = node.Ancestors().OfType<Assignment>().FirstOrDefault()?.Targets.OfType<NameExpression>().Select(n => n.Name).ToHashSet() ?? [];
        return model.Function.Body?.DescendantsAndSelf().OfType<IfStatement>().Any(test =>
            test.Condition.Span.Contains(node.Span)
            || test.Condition.Span.StartOffset > node.Span.StartOffset && test.Condition.Span.StartOffset < actAt && test.Condition.DescendantsAndSelf().OfType<NameExpression>().Any(n => names.Contains(n.Name))) == true;
    }

    /// <summary>A check of a field that only the constructor sets (Java's <c>final ZooKeeperServer zks</c>) or of a call on
    /// it, not of an entry of it (entries come and go while the field stays), and a write of a part of the object it
    /// refers to: the reference the check read is the one the write goes
    /// through, so the write changes nothing the check saw of it (a send on a channel that the check only tested for
    /// nil). A reference other methods set can be swapped in between, so there the pair stands; so does a check that
    /// measures what the reference holds (<c>len(c.queue)</c>), which the write changes, and a loop over it whose items
    /// the act sends on (<c>for _, ch := range h.conns</c>, <see cref="SendsOnTakenChannel"/>).</summary>
    private static bool ThroughFixedReference(FunctionModel model, Access check, Access act) =>
        check.Resource is { Kind: ResourceKind.Field } read && act.Resource!.IsPartOf(read) && read.ReceiverField is { } field && read.Key == Resource.ReceiverKeyPrefix + field
        && model.Function.OwnerType is { } owner && !model.Package.IsSetAfterConstruction(owner, field)
        && check.Effect.Node is IrExpression reference && !Measures(model, reference)
        && !(reference.Parent is LoopStatement loop && ReferenceEquals(loop.Iterable, reference) && SendsOnTakenChannel(model, act));

    private static bool Measures(FunctionModel model, IrExpression reference) =>
        reference.Ancestors().OfType<CallExpression>().FirstOrDefault() is { } call && ReferenceEquals(model.Package.Facts.LengthOperand(call), reference);

    /// <summary>True for a send on a channel that is not the state itself but one a local took from it (an entry, an item
    /// of a copy, or a member of one).</summary>
    public static bool SendsOnTakenChannel(FunctionModel model, Access act) =>
        act.Effect.Node is BinaryExpression operation && model.Package.Facts.Send(operation) is { } send && model.Scope.ResourceOf(send.Channel) is null;

    /// <summary>Pairs where an access's inputs derive from an earlier read (directly or through variables).</summary>
    public static IEnumerable<CheckActPair> DataDependent(FunctionModel model, Func<Access, bool> act, Func<Access, bool> source)
    {
        foreach (var access in model.Accesses.Where(act))
            foreach (var read in access.Sources.Where(source).Distinct())
                yield return new CheckActPair(read, null, access);
    }

    /// <summary>Groups pairs by their check — one read of one piece of state on one line — so one finding lists every
    /// act that the check decides. The group's key is the check's first read.</summary>
    public static IEnumerable<IGrouping<Access, CheckActPair>> ByCheck(IEnumerable<CheckActPair> pairs) =>
        pairs.GroupBy(p => (p.Check.Effect.Node.Span.StartLine, Root(p.Check.Resource!.Key)))
            .Select(g => new CheckGroup(g.MinBy(p => p.Check.Order)!.Check, g.ToList()))
            .OrderBy(g => g.Key.Order);

    /// <summary>Groups the checks of <see cref="ByCheck"/> by the first act they decide and the state they read: several
    /// checks of one piece of state before the same act make one finding, at the first check, with the later checks as
    /// related locations. Each group lists its checks in source order.</summary>
    public static IEnumerable<IGrouping<(Access FirstAct, string Key), IGrouping<Access, CheckActPair>>> ByFirstAct(IEnumerable<CheckActPair> pairs) =>
        ByCheck(pairs).GroupBy(g => (FirstAct: g.Select(p => p.Act).MinBy(a => a.Order)!, g.Key.Resource!.Key));

    /// <summary>The state a key names, without the member called on it: "this.items.values" is "this.items".</summary>
    private static string Root(string key)
    {
        var parts = key.Split('.');
        return parts.Length > 2 && parts[0] == "this" ? $"{parts[0]}.{parts[1]}" : key;
    }

    private sealed class CheckGroup(Access key, List<CheckActPair> pairs) : IGrouping<Access, CheckActPair>
    {
        public Access Key { get; } = key;
        public IEnumerator<CheckActPair> GetEnumerator() => pairs.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
