using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>One effect at one point of a function, with what held at that point.</summary>
/// <param name="Order">Position in evaluation order.</param>
/// <param name="Effect">What happens.</param>
/// <param name="Held">The locks held (continuously identified by <see cref="HeldLock.Instance"/>).</param>
/// <param name="Guards">The conditions this point is control-dependent on, outermost first.</param>
/// <param name="Sources">Reads the effect's inputs (arguments, assigned value) derive from.</param>
/// <param name="Transaction">The enclosing transaction scope, if any.</param>
public sealed record Access(
    int Order,
    Effect Effect,
    IReadOnlyList<HeldLock> Held,
    IReadOnlyList<Guard> Guards,
    IReadOnlyList<Access> Sources,
    IrNode? Transaction)
{
    /// <summary>The resource, if the effect has one.</summary>
    public Resource? Resource => Effect.Resource;

    /// <summary>The lock instance held both here and at <paramref name="other"/>, if any (the lock was not released between).</summary>
    public HeldLock? CommonLock(Access other) => CommonLocks(other).FirstOrDefault();

    /// <summary>Every lock instance held both here and at <paramref name="other"/>, in the order held here.</summary>
    public IEnumerable<HeldLock> CommonLocks(Access other) =>
        Held.Where(h => other.Held.Any(o => o.Name == h.Name && o.Instance == h.Instance));

    /// <summary>A lock held without a break from this access to <paramref name="other"/> that excludes every other
    /// holder: not a read (shared) acquisition, which other readers hold at the same time, and not one only a name
    /// promises.</summary>
    public HeldLock? CommonExclusiveLock(Access other) => CommonExclusiveLocks(other).FirstOrDefault();

    /// <summary>Every lock <see cref="CommonExclusiveLock"/> could answer, in the order held here.</summary>
    public IEnumerable<HeldLock> CommonExclusiveLocks(Access other) =>
        CommonLocks(other).Where(h => h.Mode == LockMode.Exclusive && h.Origin != LockOrigin.Convention);

    /// <summary>True when this write depends on a check of related state made under an exclusive lock (not one only a
    /// name promises) that is held continuously from the check to here.</summary>
    public bool IsRecheckedUnderLock() => EarlierChecksOfWhatIsWritten().Any(check => check.CommonExclusiveLock(this) is not null);

    /// <summary>The conditions that make the re-check of <see cref="IsRecheckedUnderLock"/>.</summary>
    public IEnumerable<Guard> RecheckingGuards() =>
        Guards.Where(g => g.Reads.Any(check => IsEarlierCheckOfWhatIsWritten(check) && check.CommonExclusiveLock(this) is not null));

    /// <summary>True when this write is a called method's that the method decides on a flag it tests and sets itself
    /// (<see cref="Effect.GatedInCallee"/>), made under an exclusive lock (not one only a name promises) held around the
    /// call: the test and the write are one step.</summary>
    public bool IsGatedUnderLock() =>
        Effect.GatedInCallee && Held.Any(h => h.Mode == LockMode.Exclusive && h.Origin != LockOrigin.Convention);

    /// <summary>True when this write depends on a check of related state made earlier in the same function, with or
    /// without a lock: the function decides the write by itself.</summary>
    public bool IsDecidedByOwnCheck() => EarlierChecksOfWhatIsWritten().Any();

    /// <summary>The reads of related state, made before this access, that the conditions deciding it depend on. A
    /// compare-and-set in a condition is one too: the branch it guards runs only for the caller whose set won.</summary>
    private IEnumerable<Access> EarlierChecksOfWhatIsWritten() => Guards.SelectMany(g => g.Reads).Where(IsEarlierCheckOfWhatIsWritten);

    private bool IsEarlierCheckOfWhatIsWritten(Access check) =>
        Resource is { } written && check.Effect.Kind is EffectKind.Read or EffectKind.AtomicCheckAndAct && check.Order < Order
        && check.Resource is { } read && read.IsRelatedTo(written);

    /// <summary>Value-free equality would compare whole trees; accesses are identities.</summary>
    public bool Equals(Access? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => Order;
}
