using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>Work counted in a group (<c>s.wg.Add(1)</c>) that a test of a flag lets through (<c>if s.closed { return }</c>),
/// while another method of the type sets that flag and then waits for the group (<c>s.closed = true; …; s.wg.Wait()</c>),
/// and no lock the closer holds when it sets the flag is held from the test to the count. A closer that runs in between
/// sets the flag after the test passed, finds nothing counted, and returns while the work this count stands for starts
/// anyway; the count can also race the wait. The closer guards its write of the flag (a lock, an atomic store), so it
/// expects to run beside the code that tests it; or the flag is a channel the test receives from without waiting
/// (<c>select { case &lt;-s.done: return; default: }</c>) and the closer closes it, which is made for others to see.</summary>
/// <param name="Check">The read of the flag the test makes.</param>
/// <param name="Join">The write that counts the work.</param>
/// <param name="Closer">The method that sets the flag and then waits.</param>
/// <param name="Close">The closer's write of the flag.</param>
/// <param name="Wait">The closer's wait for the group, after that write.</param>
internal sealed record LateJoin(Access Check, Access Join, FunctionDecl Closer, Access Close, Access Wait)
{
    public static IEnumerable<LateJoin> In(FunctionModel model)
    {
        if (model.Function.OwnerType is not { } owner) yield break;
        foreach (var join in model.Accesses.Where(a => a.Effect.JoinsGroup && a.Resource is { IsReceiverState: true }))
        {
            var found = join.Guards.Where(g => g.Kind is GuardKind.Branch or GuardKind.EarlyExit)
                .SelectMany(g => g.Reads.Where(r => r.Effect.Kind == EffectKind.Read && r.Resource is { IsReceiverState: true, Kind: ResourceKind.Field or ResourceKind.ConcurrentEntry } flag
                                                    && !flag.IsRelatedTo(join.Resource!)))
                .Select(check => Closing(model, owner, check, join))
                .FirstOrDefault(c => c is not null);
            if (found is not null) yield return found;
        }
    }

    /// <summary>The first method of the type that sets the flag <paramref name="check"/> reads, guarding that write, and
    /// then waits for the group <paramref name="join"/> counts in, unless a lock it holds at the write is held from the
    /// test to the count; null when there is none.</summary>
    private static LateJoin? Closing(FunctionModel model, string owner, Access check, Access join)
    {
        // A read lock held from the test to the count keeps out a closer that sets the flag under the write lock.
        var held = check.CommonLock(join);
        var probed = GuardShapes.ProbesChannel(model, check);
        var closers = model.Package.Functions.Where(f => f.OwnerType == owner && !ReferenceEquals(f, model.Function) && !model.Package.Facts.IsConstructor(f))
            .OrderBy(f => f.Module.Text.Path, StringComparer.Ordinal).ThenBy(f => f.Span.StartOffset);
        foreach (var closer in closers)
        {
            var accesses = model.Package.ModelOf(closer).Accesses;
            foreach (var close in accesses.Where(a => a.Effect.Kind == EffectKind.Write && a.Resource?.Key == check.Resource!.Key))
            {
                var guarded = close.Resource!.Kind == ResourceKind.ConcurrentEntry || close.Held.Any(h => h.Mode == LockMode.Exclusive && h.ShowsThreadSharing)
                              || probed && close.Effect.FailsTwice;
                if (!guarded || held is not null && close.Held.Any(h => h.Name == held.Name)) continue;
                if (accesses.FirstOrDefault(a => a.Effect.AwaitsGroup && a.Order > close.Order && a.Resource?.Key == join.Resource!.Key) is { } wait)
                    return new LateJoin(check, join, closer, close, wait);
            }
        }
        return null;
    }
}
