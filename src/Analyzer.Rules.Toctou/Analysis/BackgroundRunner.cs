using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A method of a type that runs one of its own methods in the background on the objects it hands out
/// (<c>func NewWatcher() *Watcher { w := &amp;Watcher{}; go w.run(); return w }</c>, a constructor's
/// <c>threading.Thread(target=self._reader).start()</c>), when only code outside the package calls the method: such an
/// object lives among goroutines or threads, and any of them may call it. A start the method makes itself is its own
/// act, no sign of other callers. The start; the started method; how the object is handed out.</summary>
internal sealed record BackgroundRunner(SpawnSite Start, FunctionDecl Runner, string HandedOut)
{
    public static BackgroundRunner? Of(FunctionModel model)
    {
        var package = model.Package;
        if (model.Function.OwnerType is not { } owner || !SiblingStart.CalledOnlyFromOutside(package, model.Function)) return null;
        foreach (var method in package.MethodsOf(owner))
            foreach (var start in package.SpawnSitesOf(method).Where(s => s.OwnerType == owner && !ReferenceEquals(s.Spawner, model.Function) && !package.IsTestCode(s.Site)))
                if (SiblingStart.HandedOutAs(package, start, method) is { } handedOut)
                    return new BackgroundRunner(start, method, handedOut);
        return null;
    }
}
