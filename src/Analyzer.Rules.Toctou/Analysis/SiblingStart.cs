using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A start of the function beside a start of another method that writes the same state.</summary>
/// <param name="Mine">Where the function is started.</param>
/// <param name="Other">Where the other method is started.</param>
/// <param name="Writer">The other method.</param>
internal sealed record SiblingStart(SpawnSite Mine, SpawnSite Other, FunctionDecl Writer)
{
    /// <summary>
    /// One function that starts two methods of a type on the same object (<c>go s.Start(); go s.Stop()</c>, or two
    /// threads, or two closures calling them) runs them at the same time: state of the object that the other method
    /// writes is shared with this one, lock or no lock, even when each method is started only once.
    /// </summary>
    public static SiblingStart? Writing(FunctionModel model, Resource state)
    {
        var package = model.Package;
        var function = model.Function;
        if (function.OwnerType is not { } owner || !state.IsReceiverState) return null;
        foreach (var mine in package.SpawnSitesOf(function).Where(s => s.OwnerType == owner))
        {
            if (ReceiverStarted(mine.Site, function.Name) is not { } receiver) continue;
            foreach (var other in package.Functions.Where(f => f.OwnerType == owner && !ReferenceEquals(f, function)))
            {
                var beside = package.SpawnSitesOf(other).FirstOrDefault(s => ReferenceEquals(s.Spawner, mine.Spawner)
                    && !ReferenceEquals(s.Site, mine.Site) && ReceiverStarted(s.Site, other.Name) == receiver);
                if (beside is not null && package.SummaryOf(other).Writes.Any(w => w.Resource.IsRelatedTo(state)))
                    return new SiblingStart(mine, beside, other);
            }
        }
        return null;
    }

    /// <summary>The text of the object the start runs <paramref name="method"/> on (<c>s</c> in <c>go s.Stop()</c> or in a
    /// started closure that calls <c>s.Stop()</c>); null when it names none.</summary>
    private static string? ReceiverStarted(IrNode site, string method) =>
        site.DescendantsAndSelf().Select(n => n switch
        {
            MemberAccess { Member: var member, Target: var target } when member == method => target.SourceCode,
            _ => null,
        }).FirstOrDefault(t => t is not null);
}

/// <summary>A started function literal beside another one, started by the same function, that writes the same variable.</summary>
/// <param name="Mine">The start of the literal the check and act are in.</param>
/// <param name="Other">The start of the literal that writes the variable.</param>
internal sealed record SiblingLiteral(SpawnSite Mine, SpawnSite Other)
{
    /// <summary>
    /// Two function literals one function starts (<c>go func() { if c == nil { c = dial() } }()</c> and
    /// <c>go func() { c = nil }()</c>) run at the same time, and share the variables of the function they both use:
    /// a write of one in the other literal can fall between the check and the act, even when neither is started in a
    /// loop.
    /// </summary>
    public static SiblingLiteral? Writing(FunctionModel model, Resource state, IrNode act)
    {
        var starts = model.Package.LiteralSpawnsIn(model.Function);
        if (starts.Count < 2 || model.StartedLiteralAround(act) is not { } around) return null;
        var mine = starts.FirstOrDefault(s => ReferenceEquals(s.Site, around));
        if (mine is null) return null;
        var other = starts.FirstOrDefault(s => !ReferenceEquals(s.Site, around) && model.Accesses.Any(a =>
            a.Effect.Kind == EffectKind.Write && a.Resource is { } written && written.IsRelatedTo(state)
            && ReferenceEquals(model.StartedLiteralAround(a.Effect.Node), s.Site)));
        return other is null ? null : new SiblingLiteral(mine, other);
    }
}
