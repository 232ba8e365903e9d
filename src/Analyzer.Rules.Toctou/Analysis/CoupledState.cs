using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>An act on one field of the receiver that a check of a flag decides, while another method of the type sets the
/// flag and tears the other field down under one hold of a lock (<c>Close() { mu.Lock(); closed = true; close(ch);
/// mu.Unlock() }</c>), or sets the flag under a lock and tears the field down after letting it go, waiting for nothing
/// in between (<c>mu.Lock(); closed = true; mu.Unlock(); close(ch)</c>). That method keeps the two in step, so the flag
/// speaks for the other field only while the lock is held (or, in the second case, never); a check and an act without
/// it held across both can see the flag before that method runs and act after it: a send on a channel just closed, an
/// append to a pool just emptied. A method that waits between the two for the work in flight (<c>wg.Wait()</c>, a
/// receive) lets the acts already past the check finish first.
/// <list type="bullet">
/// <item>The act is the function's own write, a send as a select's case (it gives way when the channel is full, but on
/// a closed channel it fails all the same), or a call through the field (<c>self._sock.sendall(data)</c>) when the
/// teardown empties the field: the call then runs on nothing.</item>
/// <item>The flag is set to a literal other than null: a method that nulls both resets the object, it does not close
/// it. Or the flag is a channel that the check receives from without waiting (<c>select { case &lt;-o.done: return;
/// default: }</c>) and the method closes it: a close is made for others to see, with or without a lock. So is a flag
/// kept in an atomic word (<c>if n.closed.Swap(true) { return }; close(n.events)</c>).</item>
/// <item>The teardown stores nothing in the field (nil, an empty literal) or changes the whole of what the act writes a
/// part of (<c>close(ch)</c> against <c>ch &lt;- v</c>). A method that only gives both fields new values keeps no such
/// promise.</item>
/// </list></summary>
/// <param name="Pair">The check of one field, its guard and the act on the other.</param>
/// <param name="Writer">The method that changes both.</param>
/// <param name="CheckedWrite">Its write of the checked field.</param>
/// <param name="ActedWrite">Its write of the field the act changes.</param>
/// <param name="Lock">The lock it holds from one write to the other; null when it holds none across both.</param>
/// <param name="Probes">The check is a receive from a channel the writer closes (<see cref="GuardShapes.ProbesChannel"/>).</param>
/// <param name="Counts">The act counts itself in the work in flight (<c>s.tasks++</c>) and the writer sets the flag and
/// reads that count under one hold of a lock (<c>s.stopped = true; idle := s.tasks == 0</c>): one that runs between the
/// check and the act counts the work before this one joins, and goes on as if nothing were in flight.
/// <see cref="ActedWrite"/> is then that read.</param>
internal sealed record CoupledState(CheckActPair Pair, FunctionDecl Writer, Access CheckedWrite, Access ActedWrite, HeldLock? Lock, bool Probes, bool Counts = false)
{
    public static IEnumerable<CoupledState> In(FunctionModel model)
    {
        if (model.Function.OwnerType is not { } owner) yield break;
        List<FunctionModel>? others = null;
        var facts = model.Package.Facts;
        foreach (var act in model.Accesses)
        {
            if (act.Effect.Helper is not null || act.Resource is not { Kind: ResourceKind.Field or ResourceKind.Element, IsReceiverState: true } acted) continue;
            if (act.Effect.Kind != EffectKind.Write && Use(act) is null && !IsSend(act, facts)) continue;
            var found = Decided(act, acted).Select(pair => Coupling(model, pair, others ??= OtherMethods(model, owner))).FirstOrDefault(c => c is not null);
            if (found is not null) yield return found;
        }
    }

    /// <summary>The checks of other receiver fields that decide <paramref name="act"/>, of a field the act is not also
    /// decided by under a lock held from that check to the act (a re-check under the lock).</summary>
    private static IEnumerable<CheckActPair> Decided(Access act, Resource acted)
    {
        var checks = (from guard in act.Guards
                      where guard.Kind != GuardKind.Iteration
                      from check in guard.Reads
                      where check.Effect.Kind == EffectKind.Read && check.Order < act.Order
                            && check.Resource is { Kind: ResourceKind.Field or ResourceKind.ConcurrentEntry, IsReceiverState: true } flag && !flag.IsRelatedTo(acted)
                      select new CheckActPair(check, guard, act)).ToList();
        // The word an atomic call is handed (atomic.LoadInt32(&c.stopped)) shows as a plain read inside the call's own
        // atomic one: the atomic read is the check.
        checks.RemoveAll(p => p.Check.Resource!.Kind == ResourceKind.Field
                              && checks.Any(o => o.Check.Resource!.Kind == ResourceKind.ConcurrentEntry && o.Check.Resource.Key == p.Check.Resource.Key
                                                 && o.Check.Effect.Node.Span.Contains(p.Check.Effect.Node.Span)));
        var rechecked = checks.Where(p => p.Check.CommonExclusiveLock(act) is not null).Select(p => p.Check.Resource!.Key).ToHashSet();
        return checks.Where(p => !rechecked.Contains(p.Check.Resource!.Key));
    }

    private static CoupledState? Coupling(FunctionModel model, CheckActPair pair, List<FunctionModel> others)
    {
        var facts = model.Package.Facts;
        var (checkedKey, acted) = (pair.Check.Resource!.Key, pair.Act.Resource!);
        var probed = GuardShapes.ProbesChannel(model, pair.Check);
        // A lock held from the check to the act keeps out a teardown made under it, read lock or not: readers tear nothing down.
        var heldAcross = pair.Check.CommonLock(pair.Act);
        foreach (var other in others)
            foreach (var first in other.Accesses.Where(a => a.Effect.Kind is EffectKind.Write or EffectKind.AtomicCheckAndAct && a.Resource?.Key == checkedKey
                                                            && (StoredValues.Of(a) is LiteralExpression { LiteralKind: not LiteralKind.Null } || probed && a.Effect.FailsTwice)))
                foreach (var (second, closes) in other.Accesses.Select(a => (Access: a, Closes: Closes(a, pair.Act, facts)))
                             .Where(t => (t.Closes || TearsDown(t.Access, acted, pair.Act.Effect.Kind == EffectKind.Read))
                                         && (heldAcross is null || !t.Access.Held.Any(h => h.Name == heldAcross.Name))))
                    if (first.CommonExclusiveLock(second) is { } held)
                        return new CoupledState(pair, other.Function, first, second, held, probed);
                    else if (Follows(other, first, second, announced: probed || closes))
                        return new CoupledState(pair, other.Function, first, second, null, probed);
        return Joins(pair.Act) ? Counting(pair, others, checkedKey, acted, facts) : null;
    }

    /// <summary>True when the act raises a count in place (<c>s.tasks++</c>). A wait group's Add is a late join
    /// (<see cref="LateJoin"/>).</summary>
    private static bool Joins(Access act) => act.Effect.Node.Parent is Assignment { Operator: "+=" } raise && raise.Targets.Contains(act.Effect.Node);

    /// <summary>The other method that sets the flag and reads the count the act raises under one hold of a lock
    /// (<see cref="Counts"/>).</summary>
    private static CoupledState? Counting(CheckActPair pair, List<FunctionModel> others, string checkedKey, Resource acted, ILanguageFacts facts)
    {
        foreach (var other in others)
            foreach (var first in other.Accesses.Where(a => a.Effect.Kind == EffectKind.Write && a.Resource?.Key == checkedKey
                                                            && a.Held.Any(h => h.ShowsThreadSharing)
                                                            && StoredValues.Of(a) is LiteralExpression { LiteralKind: not LiteralKind.Null } stored
                                                            && RunsOnlyWhileUnset(pair, stored, facts)))
                foreach (var second in other.Accesses.Where(a => a.Order > first.Order && a.Effect.Kind == EffectKind.Read && a.Resource is { } read && read.IsRelatedTo(acted)))
                    if (first.CommonExclusiveLock(second) is { } held)
                        return new CoupledState(pair, other.Function, first, second, held, Probes: false, Counts: true);
        return null;
    }

    /// <summary>True when the act runs only while the flag does not hold <paramref name="stored"/>, the value the writer
    /// sets it to: tested bare (<c>if draining { return }</c>, against true) or against a literal (<c>if s.state ==
    /// stopped</c>).</summary>
    private static bool RunsOnlyWhileUnset(CheckActPair pair, LiteralExpression stored, ILanguageFacts facts)
    {
        if (pair.Guard is not { } guard || GuardShapes.Deciding(guard, pair.Act) is not var (condition, whenTrue)) return false;
        if (condition is NameExpression or MemberAccess)
            return stored.LiteralKind == LiteralKind.Boolean && whenTrue == (stored.SourceCode is "false" or "False");
        if (ValueTests.Equality(condition, facts) is not var (left, right, equal) || (left as LiteralExpression ?? right as LiteralExpression) is not { } literal) return false;
        var runsWhenEqual = equal == whenTrue;
        return literal.SourceCode == stored.SourceCode ? !runsWhenEqual : runsWhenEqual;
    }

    /// <summary>A send made as a select's case (<c>select { case n.ch &lt;- m: … default: … }</c>): it does not wait, but
    /// on a closed channel it fails all the same.</summary>
    private static bool IsSend(Access act, ILanguageFacts facts) =>
        act.Effect is { Kind: EffectKind.AtomicCheckAndAct, Node: BinaryExpression operation } && facts.Send(operation) is not null;

    /// <summary>True when <paramref name="first"/> is made under a lock, a sign that the writer expects others to look at
    /// the flag meanwhile, or is a close that others wait on (<paramref name="announced"/>), and <paramref name="second"/>
    /// comes after it with no wait between them for the work in flight (a wait group's Wait, a channel receive). A method
    /// that locks nothing around the flag (a reset run before the object is used again) shows no such expectation.</summary>
    private static bool Follows(FunctionModel writer, Access first, Access second, bool announced) =>
        second.Order > first.Order && (announced || first.Resource?.Kind == ResourceKind.ConcurrentEntry || first.Held.Any(h => h.ShowsThreadSharing))
        && !writer.Accesses.Any(a => a.Order > first.Order && a.Order < second.Order
                                     && (a.Effect.AwaitsGroup || a.Effect.Node is UnaryExpression take && writer.Package.Facts.Receive(take) is not null));

    /// <summary>True when <paramref name="access"/> closes what the field <paramref name="act"/> calls through holds
    /// (<c>self._sock.close()</c> against <c>self._sock.send(data)</c>): a method that sets the flag and then closes it
    /// is a shutdown, not a reset, with or without a lock.</summary>
    private static bool Closes(Access access, Access act, ILanguageFacts facts) =>
        Use(act) is { } use && access.Effect is { Kind: EffectKind.Read, Node: IrExpression closed } && access.Resource?.Key == act.Resource!.Key
        && (ClearedReference.CallThrough(closed) ?? (closed.Parent as Argument)?.Parent as CallExpression) is { } call && ReferenceEquals(facts.ClosedBy(call), closed)
        && !ReadyForClose(use, facts);

    // The use sits in a try whose handler catches what a call through a closed object raises (a reader loop that stops
    // on a socket error): a close in between is what the handler is for.
    private static bool ReadyForClose(CallExpression use, ILanguageFacts facts) =>
        use.Ancestors().TakeWhile(a => a is not FunctionDecl and not FunctionLiteral).OfType<TryStatement>()
            .Any(t => t.Body.Span.Contains(use.Span) && t.Handlers.Any(facts.HandlesClosedUse));

    /// <summary>True when the writer closes what the acted field holds rather than storing in it.</summary>
    public bool ClosesActed => ActedWrite.Effect.Kind == EffectKind.Read;

    /// <summary>The node the finding points at: the write, or the call that goes through the field it reads.</summary>
    public IrNode ActNode => Use(Pair.Act) ?? Pair.Act.Effect.Node;

    /// <summary>The call that goes through the field <paramref name="access"/> reads (<c>self._sock.sendall(data)</c>);
    /// null for a write or any other read.</summary>
    private static CallExpression? Use(Access access) =>
        access.Effect is { Kind: EffectKind.Read, Node: IrExpression reference, Resource.Kind: ResourceKind.Field } ? ClearedReference.CallThrough(reference) : null;

    /// <summary>True when <paramref name="write"/> empties <paramref name="acted"/> (<c>p.conns = nil</c>) or, for an act
    /// that writes, changes the whole that it is a part of by other means than storing a value (<c>close(ch)</c> for
    /// <c>ch &lt;- v</c>).</summary>
    private static bool TearsDown(Access write, Resource acted, bool actUses) =>
        write.Effect.Kind == EffectKind.Write && write.Resource is { } torn
        && (torn.IsRelatedTo(acted) && write.Effect.Node.Parent is Assignment && StoredValues.Of(write) is { } stored && ValueTests.IsEmpty(stored)
            || !actUses && acted.IsPartOf(torn) && torn.Key != acted.Key && write.Effect.Node is CallExpression);

    /// <summary>The models of the type's other methods, but its constructors: no other thread has the object while they run.</summary>
    private static List<FunctionModel> OtherMethods(FunctionModel model, string owner) =>
        model.Package.MethodsOf(owner).Where(f => !ReferenceEquals(f, model.Function) && !model.Package.Facts.IsConstructor(f))
            .Select(model.Package.ModelOf).ToList();
}
