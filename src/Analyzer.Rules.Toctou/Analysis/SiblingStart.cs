using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A run of the function beside a start of another method that writes the same state.</summary>
/// <param name="Mine">Where the function is started, or called by the function that started the other one.</param>
/// <param name="MineStarted">True when <paramref name="Mine"/> starts the function; false when it calls it.</param>
/// <param name="Other">Where the other method is started.</param>
/// <param name="Writer">The other method.</param>
internal sealed record SiblingStart(IrNode Mine, bool MineStarted, SpawnSite Other, FunctionDecl Writer)
{
    /// <summary>
    /// One function that starts two methods of a type on the same object (<c>go s.Start(); go s.Stop()</c>, or two
    /// threads, or two closures calling them), or starts one and then calls the other itself (<c>go s.run(); s.Stop()</c>),
    /// runs them at the same time: state of the object that the started method writes is shared with the other, lock or
    /// no lock, even when each runs only once.
    /// </summary>
    public static SiblingStart? Writing(FunctionModel model, Resource state)
    {
        var package = model.Package;
        var function = model.Function;
        if (function.OwnerType is not { } owner || !state.IsReceiverState || package.StartersOfMethodsOf(owner).Count == 0) return null;
        var writers = package.Functions.Where(f => f.OwnerType == owner && !ReferenceEquals(f, function)
            && package.SpawnSitesOf(f).Count > 0 && package.SummaryOf(f).Writes.Any(w => w.Resource.IsRelatedTo(state))).ToList();
        if (writers.Count == 0) return null;
        foreach (var mine in package.SpawnSitesOf(function).Where(s => s.OwnerType == owner))
            if (ReceiverStarted(mine.Site, function.Name) is { } receiver && Beside(package, writers, mine.Spawner, receiver, s => !ReferenceEquals(s.Site, mine.Site)) is { } started)
                return new SiblingStart(mine.Site, true, started.Site, started.Writer);
        foreach (var call in package.CallSitesOf(function.Name))
        {
            if (call.Call.Callee is not MemberAccess { Target: var target } || !package.CallReaches(function, call)
                || call.Call.Ancestors().TakeWhile(a => !ReferenceEquals(a, call.Caller)).Any(a => a is SpawnStatement or FunctionLiteral)) continue;
            var at = call.Call.Span.StartOffset;
            if (Beside(package, writers, call.Caller, target.SourceCode, s => s.Site.Span.EndOffset <= at) is { } before)
                return new SiblingStart(call.Call, false, before.Site, before.Writer);
        }
        return null;
    }

    /// <summary>True when the function can run beside a started method of its type: a function that calls it also starts
    /// one (whether on the same object, and one that writes what the function checks, <see cref="Writing"/> tells).</summary>
    public static bool Possible(FunctionModel model)
    {
        var package = model.Package;
        if (model.Function.OwnerType is not { } owner) return false;
        var starters = package.StartersOfMethodsOf(owner);
        return starters.Count > 0 && package.CallSitesOf(model.Function.Name).Any(c => starters.Contains(c.Caller) && package.CallReaches(model.Function, c));
    }

    /// <summary>A start, by <paramref name="spawner"/> and on <paramref name="receiver"/>, of one of the writers.</summary>
    private static (SpawnSite Site, FunctionDecl Writer)? Beside(PackageModel package, IReadOnlyList<FunctionDecl> writers, FunctionDecl spawner,
        string receiver, Func<SpawnSite, bool> where)
    {
        foreach (var writer in writers)
            if (package.SpawnSitesOf(writer).FirstOrDefault(s => ReferenceEquals(s.Spawner, spawner) && where(s) && ReceiverStarted(s.Site, writer.Name) == receiver) is { } site)
                return (site, writer);
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
