using System.Collections.Immutable;
using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What is true at one point of a function during the flow walk.</summary>
/// <param name="Held">Locks held, by name.</param>
/// <param name="Taint">For each local variable, the reads its value derives from.</param>
/// <param name="Guards">Conditions the point is control-dependent on.</param>
/// <param name="Queries">For each receiver that ran a query (a DB cursor), the query read whose result it will fetch.</param>
/// <param name="Transaction">The transaction scope the point is in, if any.</param>
/// <param name="Terminated">True after return, raise, break or continue: the point is unreachable.</param>
/// <param name="CallerReleased">Locks the function released without having taken them (its caller's) and has not taken
/// again on the way here.</param>
/// <param name="FlagHolds">Locks held here only for one value of a flag parameter (<c>if !hasLock { mu.Lock() }</c>): not
/// held, but held again in a later branch on the same value of the flag.</param>
/// <param name="Written">The state (by resource key) every path to the point has written.</param>
/// <param name="FlagGuards">Conditions a point is control-dependent on only for one value of a flag parameter (an early
/// exit in <c>if is_singleton: …</c>): they guard a later branch on the same value.</param>
internal sealed record FlowState(
    ImmutableDictionary<string, HeldLock> Held,
    ImmutableDictionary<string, ImmutableList<Access>> Taint,
    ImmutableList<Guard> Guards,
    ImmutableDictionary<string, Access> Queries,
    IrNode? Transaction,
    bool Terminated,
    ImmutableHashSet<string> CallerReleased,
    ImmutableList<FlagHold> FlagHolds,
    ImmutableHashSet<string> Written,
    ImmutableList<FlagGuard> FlagGuards)
{
    public static FlowState Start(IEnumerable<HeldLock> held) => new(
        held.ToImmutableDictionary(h => h.Name, StringComparer.Ordinal),
        ImmutableDictionary<string, ImmutableList<Access>>.Empty.WithComparers(StringComparer.Ordinal),
        [],
        ImmutableDictionary<string, Access>.Empty.WithComparers(StringComparer.Ordinal),
        null,
        false,
        ImmutableHashSet.Create<string>(StringComparer.Ordinal),
        [],
        ImmutableHashSet.Create<string>(StringComparer.Ordinal),
        []);

    /// <summary>The state in a branch taken when <paramref name="flag"/> is <paramref name="value"/>: the locks held for
    /// that value are held, those held for the other are not, and so with the conditions that guard it.</summary>
    public FlowState Assuming(string flag, bool value)
    {
        if (FlagHolds.IsEmpty && FlagGuards.IsEmpty) return this;
        var held = Held;
        foreach (var hold in FlagHolds.Where(h => h.Flag == flag && h.Value == value)) held = held.SetItem(hold.Lock.Name, hold.Lock);
        var guards = Guards.AddRange(FlagGuards.Where(g => g.Flag == flag && g.Value == value).Select(g => g.Guard));
        return this with { Held = held, FlagHolds = FlagHolds.RemoveAll(h => h.Flag == flag), Guards = guards, FlagGuards = FlagGuards.RemoveAll(g => g.Flag == flag) };
    }

    /// <summary>Where two paths join: a lock is held only if both paths hold it (or, for one value of a flag, both hold it
    /// for that value); a variable may derive from what either path assigned; a caller's lock is let go if either path
    /// let it go; state is written on every path only if both paths wrote it.</summary>
    public static FlowState Merge(FlowState a, FlowState b)
    {
        if (a.Terminated) return b;
        if (b.Terminated || ReferenceEquals(a, b)) return a;
        // Most joins see the same maps on both paths (nothing was locked, assigned or queried in a branch): keep them.
        var held = ReferenceEquals(a.Held, b.Held) || a.Held.IsEmpty ? a.Held : HeldOnBoth(a.Held, b.Held);
        var taint = a.Taint;
        if (!ReferenceEquals(a.Taint, b.Taint))
            foreach (var (name, sources) in b.Taint)
                if (!taint.TryGetValue(name, out var mine)) taint = taint.SetItem(name, sources);
                else if (!ReferenceEquals(mine, sources)) taint = taint.SetItem(name, mine.AddRange(sources.Except(mine)));
        var queries = ReferenceEquals(a.Queries, b.Queries) || b.Queries.IsEmpty ? a.Queries : a.Queries.SetItems(b.Queries);
        var released = ReferenceEquals(a.CallerReleased, b.CallerReleased) ? a.CallerReleased : a.CallerReleased.Union(b.CallerReleased);
        var flagHolds = ReferenceEquals(a.FlagHolds, b.FlagHolds) || a.FlagHolds.IsEmpty ? a.FlagHolds : a.FlagHolds.RemoveAll(h => !b.FlagHolds.Contains(h));
        var written = ReferenceEquals(a.Written, b.Written) || a.Written.IsEmpty ? a.Written : a.Written.Intersect(b.Written);
        var flagGuards = ReferenceEquals(a.FlagGuards, b.FlagGuards) || a.FlagGuards.IsEmpty ? a.FlagGuards : a.FlagGuards.RemoveAll(g => !b.FlagGuards.Contains(g));
        return new FlowState(held, taint, a.Guards, queries, a.Transaction, false, released, flagHolds, written, flagGuards);
    }

    /// <summary>The locks both paths hold. Where one path let a lock go and took it again (a helper that releases and
    /// re-takes it, called in one branch), the later acquisition stands for both: what comes after the join runs under
    /// one hold whichever path led there, and what came before the branch sees the lock released and re-taken, as it is
    /// on that path. Held for reading on either path, it is held for reading.</summary>
    private static ImmutableDictionary<string, HeldLock> HeldOnBoth(ImmutableDictionary<string, HeldLock> a, ImmutableDictionary<string, HeldLock> b)
    {
        var both = ImmutableDictionary.CreateBuilder<string, HeldLock>(StringComparer.Ordinal);
        foreach (var (name, mine) in a)
        {
            if (!b.TryGetValue(name, out var other)) continue;
            var later = other.Instance > mine.Instance ? other : mine;
            both.Add(name, mine.Mode == other.Mode ? later : later with { Mode = LockMode.Shared });
        }
        return both.ToImmutable();
    }

    /// <summary>A branch on a flag joined: the locks one side holds and the join does not are held for that side's value
    /// of the flag, and the conditions one side added beyond <paramref name="entered"/> (those in force in both
    /// branches) guard what that value of the flag decides later.</summary>
    public static FlowState MergeOnFlag(FlowState whenTrue, FlowState whenFalse, string flag, ImmutableList<Guard> entered)
    {
        var merged = Merge(whenTrue, whenFalse);
        if (whenTrue.Terminated || whenFalse.Terminated) return merged;
        var holds = merged.FlagHolds;
        var flagGuards = merged.FlagGuards;
        foreach (var (side, value) in new[] { (whenTrue, true), (whenFalse, false) })
        {
            foreach (var held in side.Held.Values.Where(h => !merged.Held.ContainsKey(h.Name)))
                holds = holds.Add(new FlagHold(flag, value, held));
            foreach (var guard in side.Guards.Where(g => !entered.Contains(g)))
                flagGuards = flagGuards.Add(new FlagGuard(flag, value, guard));
        }
        return merged with { FlagHolds = holds, FlagGuards = flagGuards };
    }
}

/// <summary>A lock held where the flag parameter <paramref name="Flag"/> is <paramref name="Value"/>.</summary>
internal sealed record FlagHold(string Flag, bool Value, HeldLock Lock);

/// <summary>A condition that guards a point only where the flag parameter <paramref name="Flag"/> is <paramref name="Value"/>.</summary>
internal sealed record FlagGuard(string Flag, bool Value, Guard Guard);
