using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Writes a method makes at most once per object: decided by a check of a field, made under an exclusive lock it took,
/// that it sets itself under that same acquisition (<c>lock; if c.inited { return }; …; c.inited = true</c>), the
/// run-once initialisation that <c>sync.Once</c> stands for; the write itself may come after the lock is let go
/// (<c>…; s.shutdown = true; s.mu.Unlock(); close(s.quitCh)</c>): only the one caller that set the flag gets there.
/// Whatever a caller checked before calling it, such a write cannot happen twice.
/// </summary>
internal static class OnceGuards
{
    /// <summary>The guards of a method's accesses that let its body past them once per object: each tests a flag under
    /// an exclusive lock the method took, and sets the flag under that same acquisition.</summary>
    public static IReadOnlySet<Guard> Of(IReadOnlyList<Access> accesses)
    {
        var gates = new HashSet<Guard>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<Guard>(ReferenceEqualityComparer.Instance);
        ILookup<string, Access>? writes = null;
        foreach (var guard in accesses.SelectMany(a => a.Guards))
        {
            if (!seen.Add(guard)) continue;
            foreach (var check in guard.Reads)
            {
                if (check.Resource is not { } flag) continue;
                writes ??= accesses.Where(a => a.Effect.Kind == EffectKind.Write && a.Resource is not null).ToLookup(a => a.Resource!.Key);
                if (check.Held.Where(h => h is { Mode: LockMode.Exclusive, Origin: LockOrigin.Acquired or LockOrigin.Scope }).Any(held =>
                        SetsFlagItTested(check, guard, writes[flag.Key], set => set.Held.Any(h => h.Name == held.Name && h.Instance == held.Instance))))
                {
                    gates.Add(guard);
                    break;
                }
            }
        }
        return gates;
    }

    /// <summary>True when the write is decided by a test of a field in the condition itself that the branch it decides
    /// sets to a literal, the method writes the field nowhere else, and other code raises it (<c>if self._dead:
    /// self._dead = False; self.items = […]</c>, where a callback sets <c>self._dead = True</c>): made under one hold of
    /// a lock the caller takes around the call, the write is the work the flag asks for, done once each time it is
    /// raised, however many callers get there and whatever they checked before.</summary>
    public static bool GatesOnFlag(PackageModel package, FunctionDecl function, Access write, IReadOnlyList<Access> accesses, IReadOnlySet<string> writtenAtExit) =>
        write.Guards.Any(guard => guard.Reads.Any(check => guard.Condition.Span.Contains(check.Effect.Node.Span)
                                                           && SetsFlagItTested(check, guard, accesses, SetsLiteral)
                                                           && !writtenAtExit.Contains(check.Resource!.Key) && !RestoresFlag(check.Resource!, guard, accesses)
                                                           && RaisedElsewhere(package, function, check.Resource!)));

    /// <summary>True when another method of the type, not a constructor, sets the flag on its receiver: it asks for the
    /// work the method does (a flag marking dead entries), rather than the method marking a step done for good (<c>if
    /// c.stopped { return }; c.stopped = true</c>), whose write is right only while the caller's check still holds.</summary>
    private static bool RaisedElsewhere(PackageModel package, FunctionDecl function, Resource flag) =>
        flag.ReceiverField is { } field && package.MemberAccessesNamed(field).Any(use =>
            use.EnclosingFunction() is { } writer && !ReferenceEquals(writer, function) && writer.OwnerType == function.OwnerType
            && use.Target is NameExpression { Name: var target } && target == writer.ReceiverName && !package.Facts.IsConstructor(writer)
            && PackageModel.IsAssigned(use));

    /// <summary>True when the method also writes the flag outside the branch the test decides, or not as a literal:
    /// a busy flag it raises and lowers again on its way out (<c>if s.busy { return }; s.busy = true; …; s.busy =
    /// false</c>, or the same with a deferred lowering) lets every later call through.</summary>
    private static bool RestoresFlag(Resource flag, Guard guard, IReadOnlyList<Access> accesses) =>
        accesses.Any(w => w.Effect.Kind == EffectKind.Write && w.Resource?.Key == flag.Key && !(w.Guards.Contains(guard) && SetsLiteral(w)));

    /// <summary>True when the write gives its field a literal (<c>self._dead = False</c>): a flag lowered, not a value
    /// computed.</summary>
    private static bool SetsLiteral(Access set) =>
        set.Effect.Node.Ancestors().Prepend(set.Effect.Node).OfType<Assignment>().FirstOrDefault() is { } assignment
        && assignment.Targets.Count == assignment.Values.Count
        && assignment.Targets.Select((target, i) => (target, i)).FirstOrDefault(t => t.target.Span.Contains(set.Effect.Node.Span)) is { target: not null } given
        && assignment.Values[given.i] is LiteralExpression;

    // The flag is set on the path the write is on, which the same decision lets through (a write in the branch taken
    // once the flag is set, if (!done) { write; return }; …; done = false, happens every time), by a write that counts.
    private static bool SetsFlagItTested(Access check, Guard guard, IEnumerable<Access> accesses, Func<Access, bool> counts) =>
        check.Effect.Kind == EffectKind.Read && check.Resource is { Kind: ResourceKind.Field } flag
        && accesses.Any(set => set.Effect.Kind == EffectKind.Write && set.Order > check.Order && set.Resource?.Key == flag.Key
                               && set.Guards.Contains(guard) && counts(set));
}
