using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

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
        var writer = model.Accesses
            .Where(a => a.Effect.Kind == EffectKind.Write && a.Resource is { } written && written.IsRelatedTo(state))
            .Select(a => model.StartedLiteralAround(a.Effect.Node))
            .FirstOrDefault(site => site is not null && !ReferenceEquals(site, around));
        var other = starts.FirstOrDefault(s => ReferenceEquals(s.Site, writer));
        return other is null ? null : new SiblingLiteral(mine, other);
    }
}
