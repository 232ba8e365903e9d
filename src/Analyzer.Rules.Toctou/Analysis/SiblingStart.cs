using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A run of the function beside a run of another method that writes the same state, both set going by one
/// function: it starts one of them and starts or then calls the other, or starts the other and hands the object to code
/// outside the package (or reaching it through a reference of unknown type), the only code that calls the function.</summary>
/// <param name="Spawner">The function that sets both going.</param>
/// <param name="Mine">Where it starts or calls the function; null when code outside the package calls it on an object
/// the spawner started the other method on and then handed out (its receiver, or an object it returns).</param>
/// <param name="MineStarted">True when <paramref name="Mine"/> starts the function; false when it calls it.</param>
/// <param name="Other">Where it starts or calls the other method.</param>
/// <param name="OtherStarted">True when <paramref name="Other"/> starts the other method; false when it calls it.</param>
/// <param name="Writer">The other method.</param>
/// <param name="HandedOut">When <paramref name="Mine"/> is null, how the spawner hands the object out: "its receiver",
/// "the object it makes" or "the object it returns".</param>
internal sealed record SiblingStart(FunctionDecl Spawner, IrNode? Mine, bool MineStarted, IrNode Other, bool OtherStarted, FunctionDecl Writer,
    string? HandedOut = null)
{
    /// <summary>
    /// One function that starts two methods of a type on the same object (<c>go s.Start(); go s.Stop()</c>, or two
    /// threads, or two closures calling them), or starts one and then calls the other itself (<c>go s.run(); s.Stop()</c>),
    /// runs them at the same time: state of the object that the other method writes is shared with the function, lock or
    /// no lock, even when each runs only once. A writer the function starts in the very literal the act
    /// <paramref name="act"/> runs in (<c>go func() { …; r.bump(k) }()</c>) runs on the act's own goroutine or thread,
    /// not beside it.
    /// </summary>
    public static SiblingStart? Writing(FunctionModel model, Resource state, IrNode act) =>
        AnyWriting(model, state) is { } sibling && !ReferenceEquals(sibling.Other, model.StartedLiteralAround(act)) ? sibling : null;

    private static SiblingStart? AnyWriting(FunctionModel model, Resource state)
    {
        var package = model.Package;
        var function = model.Function;
        if (state.IsGlobal) return GlobalWriterBeside(package, function, state);
        if (function.OwnerType is not { } owner || !state.IsReceiverState || package.StartersOfMethodsOf(owner).Count == 0) return null;
        var writers = OtherWriters(package, function, owner, state).ToList();
        if (writers.Count == 0) return null;
        foreach (var mine in package.SpawnSitesOf(function).Where(s => s.OwnerType == owner))
        {
            if (SpawnEvidence.ReceiverStarted(mine, function.Name) is not { } receiver) continue;
            if (StartedBeside(package, writers, mine.Spawner, receiver, s => !ReferenceEquals(s.Site, mine.Site)) is { } started)
                return new SiblingStart(mine.Spawner, mine.Site, true, started.Site.Site, true, started.Writer);
            foreach (var writer in writers)
                if (SpawnEvidence.CallWhileRunning(package, writer, mine, function) is { } call)
                    return new SiblingStart(mine.Spawner, mine.Site, true, call.Call, false, writer);
        }
        foreach (var call in package.CallSitesReaching(function))
        {
            if (call.Call.Callee is not MemberAccess { Target: var target }) continue;
            if (StartedBeside(package, writers, call.Caller, target.SourceCode, s => s.StillRunningAt(call)) is { } before)
                return new SiblingStart(call.Caller, call.Call, false, before.Site.Site, true, before.Writer);
        }
        if (!CalledOnlyFromOutside(package, function)) return null;
        foreach (var writer in writers)
            foreach (var site in package.SpawnSitesOf(writer).Where(s => !s.Repeated))
                if (HandedOutAs(package, site, writer) is { } handedOut)
                    return new SiblingStart(site.Spawner, null, false, site.Site, true, writer, handedOut);
        return null;
    }

    /// <summary>A function that writes the top-level variable <paramref name="state"/>, one for the whole program, which the
    /// function that starts this one also starts, or calls while this one runs (<c>go producer(); go consumer()</c>,
    /// two threads); null when there is none.</summary>
    private static SiblingStart? GlobalWriterBeside(PackageModel package, FunctionDecl function, Resource state)
    {
        var mines = package.SpawnSitesOf(function);
        if (mines.Count == 0) return null;
        foreach (var writer in package.Functions.Where(f => !ReferenceEquals(f, function) && package.SummaryOf(f).Writes.Any(w => w.Resource.IsRelatedTo(state))))
            foreach (var mine in mines)
            {
                if (package.SpawnSitesOf(writer).FirstOrDefault(s => ReferenceEquals(s.Spawner, mine.Spawner) && !ReferenceEquals(s.Site, mine.Site)) is { } started)
                    return new SiblingStart(mine.Spawner, mine.Site, true, started.Site, true, writer);
                if (package.CallSitesReaching(writer).FirstOrDefault(c => ReferenceEquals(c.Caller, mine.Spawner) && mine.StillRunningAt(c)) is { } called)
                    return new SiblingStart(mine.Spawner, mine.Site, true, called.Call, false, writer);
            }
        return null;
    }

    /// <summary>The methods of <paramref name="owner"/> other than <paramref name="function"/> that write
    /// <paramref name="state"/> (through their summaries, helpers included). Taking one item out of what no method of the
    /// type ever puts anything in (a receive from a done channel, which only a close ends) takes nothing: it is no write.</summary>
    public static IEnumerable<FunctionDecl> OtherWriters(PackageModel package, FunctionDecl function, string owner, Resource state)
    {
        var methods = package.MethodsOf(owner).ToList();
        bool PutInto(Resource contents) => methods.Any(m => package.SummaryOf(m).Writes.Any(w => !w.TakesOne && w.Resource.Key == contents.Key));
        return methods.Where(f => !ReferenceEquals(f, function)
                                  && package.SummaryOf(f).Writes.Any(w => w.Resource.IsRelatedTo(state) && (!w.TakesOne || PutInto(w.Resource))));
    }

    /// <summary>True for a method that no call of the package is tied to: visible outside it, and neither called on an
    /// object of its type nor passed on as a method value here outside tests. Its callers (code outside, or code that
    /// reaches it through a reference of unknown type) hold the object whenever they like.</summary>
    public static bool CalledOnlyFromOutside(PackageModel package, FunctionDecl function) =>
        package.Facts.IsVisibleOutsidePackage(function)
        && !package.CallSitesReaching(function).Any(c => !package.IsTestCode(c.Call))
        && !package.CallsPassing(function.Name).Any(c => !package.IsTestCode(c.Call));

    /// <summary>How <paramref name="site"/> starts <paramref name="method"/> on an object its spawner then hands to other
    /// code: "its receiver" (<c>func (c *Conn) Serve() { go c.readLoop() }</c>), "the object it makes" (a constructor's
    /// <c>self</c> or <c>this</c>) or "the object it returns" (<c>c := &amp;Conn{}; go c.readLoop(); return c</c>); null
    /// for none. The started method keeps running while that code calls the object's other methods.</summary>
    public static string? HandedOutAs(PackageModel package, SpawnSite site, FunctionDecl method) =>
        SpawnEvidence.ReceiverStarted(site, method.Name) is { } started ? HandedOutAfter(package, site.Spawner, started, site.Site, method) : null;

    /// <summary>How <paramref name="function"/> hands out the object it names <paramref name="held"/> after
    /// <paramref name="at"/>, where a method of the object's type (<paramref name="method"/>) is set going: "its
    /// receiver", "the object it makes" or "the object it returns"; null for none.</summary>
    public static string? HandedOutAfter(PackageModel package, FunctionDecl function, string held, IrNode at, FunctionDecl method)
    {
        if (held == function.ReceiverName && function.OwnerType == method.OwnerType)
            return package.Facts.IsConstructor(function) ? "the object it makes" : "its receiver";
        return function.Body is { } body && body.DescendantsAndSelf().OfType<ReturnStatement>()
            .Any(r => r.Span.StartOffset > at.Span.EndOffset && r.Values.Any(v => v is NameExpression { Name: var name } && name == held))
            ? "the object it returns"
            : null;
    }

    /// <summary>True when the function can run beside a started method of its type: a function that calls it also starts
    /// one, or only code outside the package calls it (whether on the same object, and one that writes what the function checks, <see cref="Writing"/> tells).</summary>
    public static bool Possible(FunctionModel model)
    {
        var package = model.Package;
        if (model.Function.OwnerType is not { } owner) return false;
        var starters = package.StartersOfMethodsOf(owner);
        return starters.Count > 0 && (package.CallSitesReaching(model.Function).Any(c => starters.Contains(c.Caller))
                                      || CalledOnlyFromOutside(package, model.Function));
    }

    /// <summary>A start, by <paramref name="spawner"/> and on <paramref name="receiver"/>, of one of the writers.</summary>
    private static (SpawnSite Site, FunctionDecl Writer)? StartedBeside(PackageModel package, IReadOnlyList<FunctionDecl> writers, FunctionDecl spawner,
        string receiver, Func<SpawnSite, bool> where)
    {
        foreach (var writer in writers)
            if (package.SpawnSitesOf(writer).FirstOrDefault(s => ReferenceEquals(s.Spawner, spawner) && where(s) && SpawnEvidence.ReceiverStarted(s, writer.Name) == receiver) is { } site)
                return (site, writer);
        return null;
    }
}
