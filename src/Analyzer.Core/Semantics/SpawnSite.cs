using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>A place that starts a function concurrently: a go statement, or a call that starts a thread or a task
/// running it (directly, or from a closure that calls it). Only what the model can attribute is recorded: a method
/// called on the spawner's own receiver or on an object whose type the package declares, or a plain function.</summary>
/// <param name="Site">The spawning statement or call.</param>
/// <param name="Spawner">The function it is in.</param>
/// <param name="Repeated">True when the site can run more than once at a time: it stands in a loop.</param>
/// <param name="OwnerType">The type whose method is started; null when a plain function is.</param>
/// <param name="StartedObject">The object whose method is started, when the site names it apart from the method (a
/// thread object's <c>p.start()</c>, which runs <c>p.run()</c>); null when the site calls or passes the method itself.</param>
public sealed record SpawnSite(IrNode Site, FunctionDecl Spawner, bool Repeated, string? OwnerType, IrExpression? StartedObject = null)
{
    /// <summary>True for a thread object's start: a thread runs once, so however many places start such objects, no two
    /// copies of the method run on one object.</summary>
    public bool RunsOncePerObject => StartedObject is not null;

    /// <summary>True when <paramref name="call"/> can run while the work started here still does: the spawner makes it
    /// itself, after this start, not from a function literal or another start, and not in an alternative to the start (the
    /// nearest statement list holding both is where they meet, not an if, a switch or a try choosing between them). Nothing
    /// here asks whether the spawner waits for the started work in between.</summary>
    public bool StillRunningAt(CallSite call)
    {
        if (!ReferenceEquals(call.Caller, Spawner) || call.Call.Span.StartOffset < Site.Span.EndOffset
            || call.Call.Ancestors().TakeWhile(a => !ReferenceEquals(a, Spawner)).Any(a => a is SpawnStatement or FunctionLiteral)) return false;
        var siteAncestors = Site.Ancestors().TakeWhile(a => !ReferenceEquals(a, Spawner)).ToHashSet(ReferenceEqualityComparer.Instance);
        return call.Call.Ancestors().FirstOrDefault(siteAncestors.Contains) is Block;
    }

    /// <summary>True when a spawn at <paramref name="site"/> can start its work more than once at a time: it stands in a
    /// loop or in the element of a comprehension, or the call itself runs its callable on many items at once
    /// (<see cref="ILanguageFacts.SpawnsManyAtOnce"/>) or on every thread (<see cref="ILanguageFacts.HooksEveryThread"/>).</summary>
    internal static bool StartsRepeatedly(IrNode site, FunctionDecl spawner, ILanguageFacts facts)
    {
        if (site is CallExpression call && (facts.SpawnsManyAtOnce(call) || facts.HooksEveryThread(call))) return true;
        var child = site;
        foreach (var ancestor in site.Ancestors())
        {
            if (ReferenceEquals(ancestor, spawner)) return false;
            if (ancestor is LoopStatement) return true;
            if (ancestor is ComprehensionExpression comprehension && (ReferenceEquals(child, comprehension.Element) || comprehension.Conditions.Contains(child))) return true;
            child = ancestor;
        }
        return false;
    }
}
