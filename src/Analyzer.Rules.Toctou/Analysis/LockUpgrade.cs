using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>An act on the receiver's state made under a lock taken for writing, decided by a check of other state of
/// the receiver made under a read hold of the same lock that was let go in between, with no check again under the
/// write hold (<c>c.mu.RLock(); if c.err == nil { c.mu.RUnlock(); return }; c.mu.RUnlock(); c.mu.Lock(); c.reset()</c>),
/// while another method of the type changes the checked state under that lock. It can run between the two holds, and
/// the act then carries out a decision the state no longer supports. The act may change other state than the check
/// read (an act on the same state is an ordinary pair): the lock guards both, so the code treats them as one.</summary>
/// <param name="Pair">The check under the read hold, its guard and the act under the write hold.</param>
/// <param name="WriteHold">The write hold the act is made under.</param>
/// <param name="Writer">The other method.</param>
/// <param name="Write">Where it changes the checked state under the lock.</param>
internal sealed record LockUpgrade(CheckActPair Pair, HeldLock WriteHold, FunctionDecl Writer, Access Write)
{
    public static IEnumerable<LockUpgrade> In(FunctionModel model)
    {
        if (model.Function.OwnerType is not { } owner) yield break;
        List<FunctionModel>? others = null;
        foreach (var act in model.Accesses)
        {
            if (act.Effect.Kind != EffectKind.Write || act.Resource is not { IsReceiverState: true } acted
                || act.Held.FirstOrDefault(h => h is { Mode: LockMode.Exclusive, Origin: LockOrigin.Acquired, Helper: null } && TradedFor(model, h)) is not { } writeHold
                || act.Guards.Any(g => g.Reads.Any(r => r.Held.Any(h => h.Name == writeHold.Name && h.Instance == writeHold.Instance)))) continue;
            var upgraded = from guard in act.Guards
                           where guard.Kind != GuardKind.Iteration
                           from check in guard.Reads
                           where check.Order < act.Order && check.Resource is { Kind: ResourceKind.Field or ResourceKind.Element, IsReceiverState: true } state
                                 && !state.IsRelatedTo(acted)
                                 && check.Held.Any(h => h is { Mode: LockMode.Shared, Origin: LockOrigin.Acquired, Helper: null } && h.Name == writeHold.Name && h.Instance != writeHold.Instance)
                           select new CheckActPair(check, guard, act);
            foreach (var pair in upgraded)
                if (ChangedBeside(pair, writeHold, others ??= OtherMethods(model, owner)) is { } found)
                {
                    yield return found;
                    break;
                }
        }
    }

    /// <summary>True when the statement that takes <paramref name="writeHold"/> comes right after one that lets a read
    /// hold of the same lock go (<c>c.mu.RUnlock(); c.mu.Lock()</c>): the function trades the one for the other.</summary>
    private static bool TradedFor(FunctionModel model, HeldLock writeHold)
    {
        if (writeHold.AcquiredAt?.Ancestors().OfType<IrStatement>().FirstOrDefault() is not { Parent: Block block } taking) return false;
        var before = block.Statements.TakeWhile(s => !ReferenceEquals(s, taking)).LastOrDefault();
        return before is not null && model.LockEvents.Any(e => e is { Kind: EffectKind.Release, Mode: LockMode.Shared } && e.Lock == writeHold.Name
                                                               && ReferenceEquals(e.Node.Ancestors().OfType<IrStatement>().FirstOrDefault(), before));
    }

    private static LockUpgrade? ChangedBeside(CheckActPair pair, HeldLock writeHold, List<FunctionModel> others)
    {
        var checkedKey = pair.Check.Resource!.Key;
        foreach (var other in others)
            if (other.Accesses.FirstOrDefault(a => a.Effect.Kind == EffectKind.Write && a.Resource?.Key == checkedKey
                                                   && a.Held.Any(h => h.Name == writeHold.Name && h.Mode == LockMode.Exclusive && h.ShowsThreadSharing)) is { } write)
                return new LockUpgrade(pair, writeHold, other.Function, write);
        return null;
    }

    /// <summary>The models of the type's other methods, but its constructors and test code.</summary>
    private static List<FunctionModel> OtherMethods(FunctionModel model, string owner) =>
        model.Package.MethodsOf(owner).Where(f => !ReferenceEquals(f, model.Function) && !model.Package.Facts.IsConstructor(f) && !model.Package.IsTestCode(f))
            .Select(model.Package.ModelOf).ToList();
}
