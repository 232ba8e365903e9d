using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What a call or scope does, as far as races are concerned.</summary>
public enum EffectKind
{
    /// <summary>Acquires a lock.</summary>
    Acquire,
    /// <summary>Releases a lock.</summary>
    Release,
    /// <summary>Reads a resource (a check, or a lookup whose result is used later).</summary>
    Read,
    /// <summary>Writes or creates a resource.</summary>
    Write,
    /// <summary>Checks and acts in one atomic operation (LoadOrStore, setdefault, exist_ok, upsert, cache add, FOR UPDATE).</summary>
    AtomicCheckAndAct,
    /// <summary>Begins a database transaction (which locks no rows by itself).</summary>
    TransactionBegin,
    /// <summary>Returns the result of the last query run through the same receiver (a DB cursor's fetch).</summary>
    Fetch,
}

/// <summary>Whether a lock is taken for reading or writing.</summary>
public enum LockMode
{
    /// <summary>An exclusive (write) lock.</summary>
    Exclusive,
    /// <summary>A shared (read) lock.</summary>
    Shared,
}

/// <summary>One effect of a call or scope.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Node">The node that has the effect.</param>
/// <param name="Resource">The resource read or written, for reads, writes and atomic operations.</param>
/// <param name="Lock">The lock's identity (the receiver's text, such as "f.lock" or "self._lock"), for acquire and release.</param>
/// <param name="Mode">Read or write lock.</param>
/// <param name="Detail">A short description for messages, such as "SELECT" or "os.path.exists".</param>
/// <param name="Via">The receiver a query or fetch goes through (a DB cursor), normalized, so a fetch finds its query.</param>
/// <param name="Removes">True for a write that only removes an entry (Go's delete, Python's del): removing it twice is
/// removing it once.</param>
/// <param name="MissingIsNoOp">True for a removal that does nothing when the entry is already gone (Go's delete, a
/// sync.Map's Delete, Python's <c>pop(key, default)</c> and <c>discard</c>), rather than fail.</param>
/// <param name="CalleeLocks">For an effect of a called method: the locks the method takes itself and holds there, so
/// the effect happens under a new acquisition of each.</param>
/// <param name="Helper">For an effect of a called method: the method's name, for messages.</param>
/// <param name="Rechecked">For a write of a called method: it re-checks the state under its lock before writing, or
/// removes atomically and goes by what the removal found.</param>
/// <param name="DecidedInCallee">For a write of a called method: the method checks the state itself before writing it,
/// with or without a lock.</param>
/// <param name="AtomicInCallee">For a write of a called method: the method makes it as one atomic check-and-act (a
/// compare-and-set), which fails rather than writes when the state is not what it was told to expect.</param>
/// <param name="OnceIn">For a write of a called method that happens at most once per object: the method whose flag
/// guards it (<see cref="OnceGuards"/>).</param>
/// <param name="Relative">True for a write that changes the value by an amount (Redis INCR, a cache's incr()):
/// it overwrites nothing another actor set, so only a check that weighs the value it read is made stale by one.</param>
/// <param name="Appends">True for a write that only adds an item behind those already there, or into a set (a FIFO
/// queue's offer, a list's append): it takes nothing out and puts nothing ahead, so what a reader found there is still
/// there, in the same place.</param>
/// <param name="TakesOne">True for a removal of one item: the first (a queue's poll, a deque's popleft) or one the call
/// names (remove(x)); not the last, which an append changes, and not all of them.</param>
/// <param name="PassedOnGiven">For a write of a called method that it makes only when some of its parameters are given
/// a value (<see cref="SummaryWrite.NeedsGiven"/>): the names the call passes for them (<c>s.finish(err)</c>), so that a
/// caller of the calling function that passes null for those never makes the write either.</param>
/// <param name="FailsTwice">True for a write that fails when made a second time (Go's close of a channel panics): code
/// that a flag lets make it once must not let two callers through.</param>
/// <param name="JoinsGroup">True for a write that counts work a group waits for (Go's <c>wg.Add(1)</c>): a wait on the
/// group that finds the count at zero returns at once, so the work must be counted before anyone starts waiting.</param>
/// <param name="AwaitsGroup">True for a read that waits until the work a group counts is done (Go's <c>wg.Wait()</c>).</param>
/// <param name="OnSomePathsInCallee">For a write of a called method: the method may return without making it
/// (<see cref="SummaryWrite.OnSomePaths"/>), so a message says the call changes the state on some of its paths.</param>
/// <param name="RefusedInCallee">For a write of a called method: the method re-checks the state under its lock and
/// fails when it finds it changed (<see cref="SummaryWrite.RefusesWhenTaken"/>).</param>
/// <param name="LocksRows">True for a database read that locks the rows it reads until its transaction ends (<c>SELECT …
/// FOR UPDATE</c>, Django's <c>select_for_update()</c>, SQLAlchemy's <c>with_for_update()</c>).</param>
/// <param name="GatedInCallee">For a write of a called method: the method decides it on a flag it tests and sets
/// itself (<see cref="SummaryWrite.GatesOnFlag"/>), so a lock held around the call makes it re-checked.</param>
public sealed record Effect(
    EffectKind Kind,
    IrNode Node,
    Resource? Resource = null,
    string? Lock = null,
    LockMode Mode = LockMode.Exclusive,
    string? Detail = null,
    string? Via = null,
    bool Removes = false,
    IReadOnlyList<SummaryLock>? CalleeLocks = null,
    string? Helper = null,
    bool Rechecked = false,
    bool DecidedInCallee = false,
    bool AtomicInCallee = false,
    string? OnceIn = null,
    bool Relative = false,
    bool Appends = false,
    bool TakesOne = false,
    IReadOnlyList<string>? PassedOnGiven = null,
    bool FailsTwice = false,
    bool JoinsGroup = false,
    bool AwaitsGroup = false,
    bool OnSomePathsInCallee = false,
    bool GatedInCallee = false,
    bool MissingIsNoOp = false,
    bool LocksRows = false,
    bool RefusedInCallee = false);
