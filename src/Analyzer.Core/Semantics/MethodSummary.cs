namespace Analyzer.Core.Semantics;

/// <summary>What a method does to shared state and locks, as its callers see it (RacerD's summaries, keeping each
/// lock's identity). A call site integrates it: the locks the method returns holding are held after the call, the
/// locks it releases without taking them are released, and each write it makes under a lock it takes itself is a write
/// under a new acquisition of that lock.</summary>
/// <param name="Reads">Shared state its results are computed from (what a caller can decide on), each with the locks
/// it takes itself and holds at the read. A read that only steers the method's own work tells the caller nothing.</param>
/// <param name="Writes">Shared state it writes, each with the locks it takes itself and holds at the write.</param>
/// <param name="Acquires">Every lock it takes.</param>
/// <param name="ReturnsHolding">Locks it takes and still holds on every way out (a lock-and-return helper).</param>
/// <param name="ReleasesHeld">Locks it releases that it did not take: the caller held them (an unlock helper).</param>
/// <param name="RetakesHeld">Locks it releases that it did not take and takes again before it returns (<c>fs.mu.Unlock();
/// cb(); fs.mu.Lock()</c>), each in the mode it takes it again: the caller holds them after the call, as a new
/// acquisition.</param>
/// <param name="HoldsForScope">Locks it takes and holds wherever it runs its caller's <c>with</c> block (a Python
/// <c>@contextmanager</c> that yields under a lock).</param>
/// <param name="HoldsForCallbacks">Locks it takes and holds at every call of a function its caller hands it.</param>
public sealed record MethodSummary(
    IReadOnlyList<SummaryRead> Reads,
    IReadOnlyList<SummaryWrite> Writes,
    IReadOnlySet<string> Acquires,
    IReadOnlyList<SummaryLock> ReturnsHolding,
    IReadOnlySet<string> ReleasesHeld,
    IReadOnlyList<SummaryLock> RetakesHeld,
    IReadOnlyList<SummaryLock> HoldsForScope,
    IReadOnlyList<SummaryCallbackLock> HoldsForCallbacks)
{
    /// <summary>What is known of a method before anything is: nothing read, written or locked.</summary>
    public static readonly MethodSummary Empty = new([], [], new HashSet<string>(), [], new HashSet<string>(), [], [], []);

    /// <summary>True when both say the same, whatever the order of their parts (the fixed point's test).</summary>
    public bool SameAs(MethodSummary other) =>
        Reads.Count == other.Reads.Count && Reads.Select(r => r.Key).ToHashSet().SetEquals(other.Reads.Select(r => r.Key))
        && Writes.Count == other.Writes.Count && Writes.Select(w => w.Key).ToHashSet().SetEquals(other.Writes.Select(w => w.Key))
        && Acquires.SetEquals(other.Acquires)
        && ReturnsHolding.ToHashSet().SetEquals(other.ReturnsHolding)
        && ReleasesHeld.SetEquals(other.ReleasesHeld)
        && RetakesHeld.ToHashSet().SetEquals(other.RetakesHeld)
        && HoldsForScope.ToHashSet().SetEquals(other.HoldsForScope)
        && HoldsForCallbacks.ToHashSet().SetEquals(other.HoldsForCallbacks);
}

/// <summary>A read a method returns the value of, with the locks it took itself and holds there, and what the read is,
/// for messages ("File.exists").</summary>
public sealed record SummaryRead(Resource Resource, IReadOnlyList<SummaryLock> OwnLocks, string? Detail)
{
    internal string Key => $"{Resource.Key}|{Resource.Kind}|" + SummaryLock.KeyOf(OwnLocks);
}

/// <summary>A write a method makes, with the locks it took itself and holds there.</summary>
/// <param name="Resource">What it writes.</param>
/// <param name="OwnLocks">The locks the method took and holds at the write (by name).</param>
/// <param name="Rechecked">True when the write depends on a check of the same state made under a lock held
/// continuously up to the write (double-checked locking done right), here or in a method it calls; or is an atomic
/// removal from a concurrent collection whose result the method tests (it checks as it writes).</param>
/// <param name="DecidedInside">True when the write depends on a check of the same state made in the method itself (or a
/// method it calls), with or without a lock, or is an atomic check-and-act (a compare-and-set, an upsert): the method
/// decides the write on its own reading.</param>
/// <param name="Atomic">True when the write is an atomic check-and-act itself (a compare-and-set), here or in a method it
/// calls.</param>
/// <param name="OnceIn">When the write happens at most once per object, under a flag a method checks and sets under its
/// lock (<see cref="OnceGuards"/>): that method's name (this method's, or one it calls).</param>
/// <param name="Removes">True when the write only removes an entry (<see cref="Effect.Removes"/>).</param>
/// <param name="Detail">What the write is, for messages ("INSERT", "os.Remove").</param>
/// <param name="NeedsGiven">The parameters the write happens only when given a value (<see cref="GivenParameters"/>):
/// a call that passes null for one of them does not make it.</param>
/// <param name="FailsTwice">True when the write fails when made a second time (<see cref="Effect.FailsTwice"/>) and
/// the method makes it without deciding it on a check of its own.</param>
/// <param name="TakesOne">True when the write only takes one item out (<see cref="Effect.TakesOne"/>: a channel's
/// receive), which changes nothing where nothing puts one in.</param>
/// <param name="OnSomePaths">True when the method may return without making the write: some way out that returns
/// (not one that raises) does not pass a write of that state, or passes only calls that make it on some of their
/// paths.</param>
/// <param name="GatesOnFlag">True when the write is decided by a flag the method tests and sets itself, while it holds
/// no lock of its own and lets go of none it was called with (<see cref="OnceGuards.GatesOnFlag"/>): made under a lock
/// the caller holds around the call, the write is re-checked.</param>
/// <param name="BeforeLettingGo">True when the method makes the write before it takes a lock or lets go of one its caller
/// holds (<see cref="FlowWalker.BeforeLettingGo"/>): it happens under what the caller holds at the call.</param>
/// <param name="RefusesWhenTaken">True when the re-check under the lock (<see cref="Rechecked"/>) leaves the method with a
/// failure when it finds the state changed (<c>if _, ok := s.images[name]; ok { return ErrAlreadyExists }</c>), rather
/// than with what is there: a caller that lost the race gets an error.</param>
public sealed record SummaryWrite(Resource Resource, IReadOnlyList<SummaryLock> OwnLocks, bool Rechecked, bool DecidedInside, bool Atomic, string? OnceIn, bool Removes, string? Detail,
    IReadOnlyList<string> NeedsGiven, bool FailsTwice, bool TakesOne, bool OnSomePaths, bool GatesOnFlag, bool BeforeLettingGo, bool RefusesWhenTaken = false)
{
    internal string Key => $"{WriteKey}|{OnSomePaths}|{GatesOnFlag}|{BeforeLettingGo}";

    /// <summary>What is written and how, whether on every path or not, and whether a flag decides it or not: writes with
    /// the same one are one write, made on some paths only when each of them is, decided by a flag only when each of
    /// them is.</summary>
    internal string WriteKey => $"{Resource.Key}|{Resource.Kind}|{Rechecked}|{DecidedInside}|{Atomic}|{OnceIn}|{Removes}|{FailsTwice}|{TakesOne}|{RefusesWhenTaken}|{string.Join(",", NeedsGiven)}|" + SummaryLock.KeyOf(OwnLocks);
}

/// <summary>A lock by name and mode.</summary>
public sealed record SummaryLock(string Name, LockMode Mode)
{
    internal static string KeyOf(IEnumerable<SummaryLock> locks) =>
        string.Join(",", locks.Select(l => l.Name + ":" + l.Mode).Order(StringComparer.Ordinal));
}

/// <summary>A lock a method takes and holds at every call it makes of the function its parameter
/// <paramref name="Parameter"/> hands it (<c>func (s *Store) withLock(f func()) { s.mu.Lock(); defer s.mu.Unlock(); f() }</c>).</summary>
public sealed record SummaryCallbackLock(string Parameter, SummaryLock Lock);
