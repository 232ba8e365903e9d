namespace Analyzer.Core.Semantics;

/// <summary>
/// Writes a method makes at most once per object: under an exclusive lock it took, and decided by a check of a field
/// that it sets itself under that same acquisition (<c>lock; if c.inited { return }; …; c.inited = true</c>), the
/// run-once initialisation that <c>sync.Once</c> stands for. Whatever a caller checked before calling it, such a
/// write cannot happen twice.
/// </summary>
internal static class OnceGuards
{
    public static bool Guards(Access write, IReadOnlyList<Access> accesses) =>
        write.Guards.Any(guard => guard.Reads.Any(check =>
            check.Effect.Kind == EffectKind.Read && check.Resource is { Kind: ResourceKind.Field } flag
            && check.CommonExclusiveLock(write) is { Origin: LockOrigin.Acquired or LockOrigin.Scope } held
            // The flag is set on the path the write is on, which the same decision lets through: a write in the branch
            // taken once the flag is set (if (!done) { write; return }; …; done = false) happens every time.
            && accesses.Any(set => set.Effect.Kind == EffectKind.Write && set.Order > check.Order && set.Resource?.Key == flag.Key
                                   && set.Guards.Contains(guard) && set.Held.Any(h => h.Name == held.Name && h.Instance == held.Instance))));
}
