using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A check and an act on the receiver's state that run on a goroutine or thread of their own, beside another
/// method of the type that writes that state and that only code outside the package calls: in a function literal a
/// method starts (<c>func (w *Watcher) Start() { go func() { … if w.handlers[k] == nil { w.handlers[k] = … } … }() }</c>),
/// or in a method started on an object then handed out (<c>h := &amp;Hub{}; go h.loop(); return h</c>, a constructor's
/// <c>Thread(target=self._loop).start()</c>), beside <c>func (h *Hub) Register(k string, f Handler) { h.handlers[k] = f
/// }</c>. The code outside holds the object and calls the writer whenever it likes, while the started code runs.</summary>
/// <param name="Start">The start of the literal, or of the method, the check and the act are in.</param>
/// <param name="HandedOut">For a started method, how its starter hands the object out (<see cref="SiblingStart.HandedOutAs"/>);
/// null for a literal.</param>
/// <param name="Writer">The other method.</param>
/// <param name="Write">Where it writes the state.</param>
internal sealed record OutsideWriter(SpawnSite Start, string? HandedOut, FunctionDecl Writer, Access Write)
{
    public static OutsideWriter? Of(FunctionModel model, CheckActPair pair)
    {
        var package = model.Package;
        var state = pair.Check.Resource!;
        if (model.Function.OwnerType is not { } owner || !state.IsReceiverState) return null;
        var around = model.StartedLiteralAround(pair.Act.Effect.Node);
        if (!ReferenceEquals(model.StartedLiteralAround(pair.Check.Effect.Node), around)) return null;
        var (start, handedOut) = around is not null
            ? (package.LiteralSpawnsIn(model.Function).FirstOrDefault(s => ReferenceEquals(s.Site, around)), null)
            : package.SpawnSitesOf(model.Function).Where(s => !s.Repeated && !package.IsTestCode(s.Site)).Select(s => (Site: s, Out: SiblingStart.HandedOutAs(package, s, model.Function)))
                .FirstOrDefault(s => s.Out is not null) is { Site: { } site, Out: var how } ? (site, how) : (null, null);
        if (start is null) return null;
        foreach (var writer in SiblingStart.OtherWriters(package, model.Function, owner, state))
        {
            // The starter itself sets the started code going; what it writes around the start is no writer beside it.
            if (ReferenceEquals(writer, start.Spawner) || package.Facts.IsConstructor(writer) || package.IsTestCode(writer)
                || !SiblingStart.CalledOnlyFromOutside(package, writer)) continue;
            if (package.ModelOf(writer).Accesses.FirstOrDefault(a => a.Effect.Kind == EffectKind.Write && a.Resource is { } written && written.IsRelatedTo(state)) is { } write)
                return new OutsideWriter(start, handedOut, writer, write);
        }
        return null;
    }

    /// <summary>How the started code is set going, for messages: "Start starts the function literal they are in at line
    /// 15", "NewHub starts loop at line 12 on the object it returns".</summary>
    public string SetGoing(FunctionDecl function) => HandedOut is null
        ? $"{function.Name} starts the function literal they are in at line {Start.Site.Span.StartLine}"
        : $"{Start.Spawner.Name} starts {function.Name} at line {Start.Site.Span.StartLine} on {HandedOut}";
}
