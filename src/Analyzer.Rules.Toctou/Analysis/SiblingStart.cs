using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A run of the function beside a run of another method that writes the same state, both set going by one
/// function: it starts one of them and starts or then calls the other.</summary>
/// <param name="Spawner">The function that sets both going.</param>
/// <param name="Mine">Where it starts or calls the function.</param>
/// <param name="MineStarted">True when <paramref name="Mine"/> starts the function; false when it calls it.</param>
/// <param name="Other">Where it starts or calls the other method.</param>
/// <param name="OtherStarted">True when <paramref name="Other"/> starts the other method; false when it calls it.</param>
/// <param name="Writer">The other method.</param>
internal sealed record SiblingStart(FunctionDecl Spawner, IrNode Mine, bool MineStarted, IrNode Other, bool OtherStarted, FunctionDecl Writer)
{
    /// <summary>
    /// One function that starts two methods of a type on the same object (<c>go s.Start(); go s.Stop()</c>, or two
    /// threads, or two closures calling them), or starts one and then calls the other itself (<c>go s.run(); s.Stop()</c>),
    /// runs them at the same time: state of the object that the other method writes is shared with the function, lock or
    /// no lock, even when each runs only once.
    /// </summary>
    public static SiblingStart? Writing(FunctionModel model, Resource state)
    {
        var package = model.Package;
        var function = model.Function;
        if (function.OwnerType is not { } owner || !state.IsReceiverState || package.StartersOfMethodsOf(owner).Count == 0) return null;
        var writers = package.Functions.Where(f => f.OwnerType == owner && !ReferenceEquals(f, function)
            && package.SummaryOf(f).Writes.Any(w => w.Resource.IsRelatedTo(state))).ToList();
        if (writers.Count == 0) return null;
        foreach (var mine in package.SpawnSitesOf(function).Where(s => s.OwnerType == owner))
        {
            if (SpawnEvidence.ReceiverStarted(mine.Site, function.Name) is not { } receiver) continue;
            if (StartedBeside(package, writers, mine.Spawner, receiver, s => !ReferenceEquals(s.Site, mine.Site)) is { } started)
                return new SiblingStart(mine.Spawner, mine.Site, true, started.Site.Site, true, started.Writer);
            foreach (var writer in writers)
                if (package.CallSitesOf(writer.Name).FirstOrDefault(c => package.CallReaches(writer, c) && mine.StillRunningAt(c) && SpawnEvidence.SameObject(mine, c, function.Name)) is { } call)
                    return new SiblingStart(mine.Spawner, mine.Site, true, call.Call, false, writer);
        }
        foreach (var call in package.CallSitesOf(function.Name))
        {
            if (call.Call.Callee is not MemberAccess { Target: var target } || !package.CallReaches(function, call)) continue;
            if (StartedBeside(package, writers, call.Caller, target.SourceCode, s => s.StillRunningAt(call)) is { } before)
                return new SiblingStart(call.Caller, call.Call, false, before.Site.Site, true, before.Writer);
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
    private static (SpawnSite Site, FunctionDecl Writer)? StartedBeside(PackageModel package, IReadOnlyList<FunctionDecl> writers, FunctionDecl spawner,
        string receiver, Func<SpawnSite, bool> where)
    {
        foreach (var writer in writers)
            if (package.SpawnSitesOf(writer).FirstOrDefault(s => ReferenceEquals(s.Spawner, spawner) && where(s) && SpawnEvidence.ReceiverStarted(s.Site, writer.Name) == receiver) is { } site)
                return (site, writer);
        return null;
    }
}
