using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// A function literal that a method starts and that writes the receiver's state the method checks
/// (<c>if s.timer == nil { s.timer = time.AfterFunc(d, func() { s.timer = nil }) }</c>, <c>go func() { …; s.running =
/// false }()</c>), itself or through a function it calls: it runs on a goroutine or thread of its own, beside the next
/// call of the method on the same object, so the state is shared even though no lock guards it. So with a package-level
/// variable a function checks and a literal it starts writes, beside the next call of the function. The check and the act are the method's own, outside every
/// literal it starts (two started literals are <see cref="SiblingLiteral"/>'s).
/// </summary>
internal static class StartedWriter
{
    public static SpawnSite? Of(FunctionModel model, CheckActPair pair)
    {
        var state = pair.Check.Resource!;
        if (!(state.IsReceiverState && model.Function.OwnerType is not null || state.IsGlobal) || model.StartedLiteralAround(pair.Check.Effect.Node) is not null
            || model.StartedLiteralAround(pair.Act.Effect.Node) is not null) return null;
        var starts = model.Package.LiteralSpawnsIn(model.Function);
        if (starts.Count == 0) return null;
        var writer = model.Accesses
            .Where(a => a.Effect.Kind == EffectKind.Write && a.Resource is { } written && written.IsRelatedTo(state))
            .Select(a => model.StartedLiteralAround(a.Effect.Node))
            .FirstOrDefault(site => site is not null);
        return starts.FirstOrDefault(s => ReferenceEquals(s.Site, writer));
    }
}
