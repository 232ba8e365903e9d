using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// A claim given back: under one exclusive hold the function tested the state and changed it as the test decided (<c>if
/// s.busy { return }; s.busy = true</c>, <c>if n &gt;= 0 { n++ }</c>, or a call put in a map for its key, as a single
/// flight does), and the act, under a later hold, returns what it claimed: it stores a fixed value where the claim
/// stored one (<c>s.busy = false</c>), changes the value by what it reads again under its own hold (<c>n--</c>),
/// takes out the entry it put in (<c>delete(m, key)</c>), or closes the channel it put in (<c>close(finish)</c>).
/// Others test the claim under the same lock and leave the state alone while it stands, and a change by an amount keeps
/// whatever they did meanwhile: the check is no stale look at the state but the moment this function took it. In a coroutine, whose tasks take turns only where one yields, a test and
/// a claim with no yield point between them (<c>if not self._busy: self._busy = True</c>, then an await) are one step
/// as well (the caller says which pairs are, with inOneStep).
/// </summary>
internal static class OwnClaim
{
    public static bool IsReleased(FunctionModel model, CheckActPair pair, Func<Access, Access, bool> inOneStep)
    {
        var (check, act) = (pair.Check, pair.Act);
        if (act.Effect.Kind != EffectKind.Write || act.Effect.Helper is not null && !act.Effect.Removes || check.CommonExclusiveLock(act) is not null) return false;
        return model.Accesses.Any(claim => claim.Effect is { Kind: EffectKind.Write, Helper: null } && claim.Order > check.Order && claim.Order < act.Order
                                           && claim.Resource is { } claimed && claimed.Key == act.Resource!.Key && (check.CommonExclusiveLock(claim) is not null || inOneStep(check, claim))
                                           && claim.Guards.Any(g => g.Reads.Contains(check))
                                           && (StoresFixedValue(claim) && StoresFixedValue(act) || ChangesByAmount(claim) && ChangesByAmount(act)
                                               || RemovesWhatItPut(claim, act) && OnlyClaimsWrite(model, act) || ClosesWhatItPut(claim, act)));
    }

    /// <summary>True when every write of the state in other functions of the package, under a lock, is a claim of a key (<see
    /// cref="ClaimsEntry"/>), the act's own helper, or a call of either: no one puts an entry there without the claim, so the one the act
    /// takes out is the one the function put in (a plain store elsewhere, <c>Set(k, v)</c>, could have replaced it).</summary>
    private static bool OnlyClaimsWrite(FunctionModel model, Access act) =>
        model.Package.LockedAccessesOf(model.Function, act.Resource!).All(other => other.Access.Effect.Kind != EffectKind.Write || other.Access.Effect.Removes
            || ReferenceEquals(other.Function, model.Function) || other.Access.Effect.Helper == model.Function.Name
            || ClaimsEntry(other.Access) || other.Function.Name == act.Effect.Helper || other.Access.Effect.Helper is { } helper && helper == act.Effect.Helper);

    /// <summary>A reservation: under the exclusive hold of the check, and as its test decides, the function changes
    /// other state the same test reads (<c>if p.live()+p.spawning &lt; p.max { p.spawning++; p.mu.Unlock();
    /// p.spawn(id) }</c>), or claims a key in another map (<see cref="ClaimsEntry"/>), so every other caller that tests
    /// under the lock counts the act still to come: the test and the reservation are one step, and the act carries out
    /// what was reserved. In a coroutine a test and a reservation with no yield point between them are one step too
    /// (<c>if self.ws is None and not self._connecting: self._connecting = True; self.ws = await connect()</c>; the
    /// caller says which pairs are, with <paramref name="inOneStep"/>).</summary>
    public static bool Reserves(FunctionModel model, CheckActPair pair, Func<Access, Access, bool> inOneStep)
    {
        if (pair is not { Guard: { } guard, Check: var check, Act: var act } || check.CommonExclusiveLock(act) is not null) return false;
        return model.Accesses.Any(claim => claim.Effect is { Kind: EffectKind.Write, Helper: null } && claim.Order > check.Order && claim.Order < act.Order
                                           && (check.CommonExclusiveLock(claim) is not null || inOneStep(check, claim)) && claim.Guards.Contains(guard)
                                           && claim.Resource is { } reserved && !reserved.IsRelatedTo(act.Resource!)
                                           && (guard.Reads.Any(tested => tested.Resource?.Key == reserved.Key) && (StoresFixedValue(claim) || ChangesByAmount(claim))
                                               || ClaimsEntry(claim)));
    }

    /// <summary>An entry put in where a test of it under the same exclusive hold found none (<c>if f, ok :=
    /// c.inflight[key]; ok { … return }; c.inflight[key] = f</c>): a single flight's claim of the key, which every other
    /// caller meets under the lock and waits on.</summary>
    private static bool ClaimsEntry(Access claim) =>
        claim is { Effect.Removes: false, Resource.Kind: ResourceKind.Element or ResourceKind.ConcurrentEntry } && KeyClaim.KeyOf(claim.Effect.Node) is { } key
        && claim.Guards.Any(g => g.Condition.Parent is IfStatement && g.Reads.Any(r => r.Resource?.Key == claim.Resource.Key && KeyClaim.KeyOf(r.Effect.Node) == key
                                                                                     && r.CommonExclusiveLock(claim) is not null));

    /// <summary>A count taken in one atomic step and weighed afterwards (<c>n := atomic.AddInt64(&amp;c.used, d); if n &gt;
    /// c.max { atomic.AddInt64(&amp;c.used, -d) }</c>): the act is an atomic change by an amount whose answer the function
    /// tests, so an earlier look at the count is only a fast path; or the act gives back an amount the function counted
    /// atomically before, decided by that count's answer, which keeps whatever others added meanwhile.</summary>
    public static bool CountsAtomically(FunctionModel model, CheckActPair pair)
    {
        var act = pair.Act;
        if (!IsAtomicCount(act)) return false;
        return act.Effect.Node is IrExpression counted && ValueTests.ResultTested(counted)
               || model.Accesses.Any(claim => claim.Order < act.Order && IsAtomicCount(claim) && claim.Resource!.Key == act.Resource!.Key
                                              && act.Guards.Any(g => g.Reads.Any(r => claim.Effect.Node.Span.Contains(r.Effect.Node.Span))));
    }

    private static bool IsAtomicCount(Access write) =>
        write.Effect is { Kind: EffectKind.Write, Relative: true, Helper: null } && write.Resource?.Kind == ResourceKind.ConcurrentEntry;

    // The claim put a channel in (m[key] = finish) and the act closes that channel (close(finish)): others that find it
    // there only wait for the close, which no one else makes.
    private static bool ClosesWhatItPut(Access claim, Access act) =>
        act.Effect.FailsTwice && StoredValues.Of(claim) is NameExpression { Name: var stored }
        && act.Effect.Node.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == stored);

    private static bool StoresFixedValue(Access write) => !IsAugmented(write) && StoredValues.Of(write) is LiteralExpression;

    // n--, n += d: the state read again under the write's own exclusive hold and changed by an amount.
    private static bool ChangesByAmount(Access write) =>
        IsAugmented(write) && write.Sources.Any(read => read.Resource?.Key == write.Resource!.Key && read.CommonExclusiveLock(write) is not null);

    // The claim put an entry in (m[key] = call) and the act takes the same entry out again (delete(m, key)).
    private static bool RemovesWhatItPut(Access claim, Access act) =>
        !claim.Effect.Removes && act.Effect.Removes && claim.Resource!.Display == act.Resource!.Display;

    private static bool IsAugmented(Access write) => write.Effect.Node.Parent is Assignment { IsAugmented: true };
}
