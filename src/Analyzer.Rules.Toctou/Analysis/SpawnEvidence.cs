using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// Concurrency the code shows without any lock: the function is started as a goroutine, thread or task, and another
/// copy of it can run at the same time — it is started at two places or in a loop, another method of its type
/// (not the one that starts it, which usually calls it instead of starting it, or before) calls it directly, or the
/// one that starts it calls it again on the same object while the started copy runs, or the function holding the
/// start itself runs over and over (<see cref="PackageModel.RunsRepeatedly"/>). Starts of thread objects
/// (<c>p.start()</c>) count as one: each object's thread runs once. A
/// function started once, that nothing else runs, owns its state. Other writers of the same state are not counted:
/// on real code they were mostly alternatives to the function or helpers on its own goroutine.
/// </summary>
internal static class SpawnEvidence
{
    /// <summary>The places that start the function, when another copy of it can run beside the started one; else none.</summary>
    public static IReadOnlyList<SpawnSite> Of(FunctionModel model) => Of(model.Package, model.Function);

    private static IReadOnlyList<SpawnSite> Of(PackageModel package, FunctionDecl function)
    {
        var sites = WithoutLoneTestStart(package, function, package.SpawnSitesOf(function))
            .Where(s => !CallsItUnderOwnLock(package, function, s)).ToList();
        if (sites.Count == 0) return [];
        var copies = sites.Where(s => !s.RunsOncePerObject).ToList();
        return copies.Count > 1 || copies.Any(s => s.Repeated || package.RunsRepeatedly(s.Spawner)) || CalledByAnotherMethod(package, function, sites) || CalledWhileRunning(package, function, sites)
               || OpenStartOfGatedRun(package, function, sites) is not null
            ? sites : [];
    }

    /// <summary>A start made by a function code outside the package can call, of a method that turns a second run away
    /// with a flag of its receiver it tests and then sets (<c>go s.run()</c> in <c>Start</c>, with <c>if s.running {
    /// return }; s.running = true</c> in <c>run</c>): the gate is there because a second call can start a copy while the
    /// first runs. Null when there is none.</summary>
    public static SpawnSite? OpenStartOfGatedRun(PackageModel package, FunctionDecl function, IReadOnlyList<SpawnSite> sites) =>
        function.OwnerType is { } owner && package.RunsOncePerObject(owner, function.Name)
            ? sites.FirstOrDefault(s => package.Facts.IsVisibleOutsidePackage(s.Spawner) && !package.IsTestCode(s.Site))
            : null;

    /// <summary>The starts of a function of the product, without one a test makes once (a helper that runs the parser on
    /// a goroutine of its own, as the product's read loop does): that start is the test's harness, and beside the
    /// product's own callers it would make two copies that never run together. A test that itself starts copies side by
    /// side (twice, or in a loop) shows the function is meant for that, and counts.</summary>
    private static IReadOnlyList<SpawnSite> WithoutLoneTestStart(PackageModel package, FunctionDecl function, IReadOnlyList<SpawnSite> sites)
    {
        if (package.IsTestCode(function)) return sites;
        var inTests = sites.Where(s => package.IsTestCode(s.Site)).ToList();
        return inTests is [{ Repeated: false } lone] ? sites.Where(s => !ReferenceEquals(s, lone)).ToList() : sites;
    }

    /// <summary>True when <paramref name="site"/> starts a function literal that calls the function only under a lock it
    /// took (<c>eg.Go(func() error { mu.Lock(); clearLabels(labels, d); mu.Unlock(); … })</c>): its copies run the
    /// function one at a time.</summary>
    public static bool CallsItUnderOwnLock(PackageModel package, FunctionDecl function, SpawnSite site)
    {
        var calls = package.CallSitesReaching(function)
            .Where(c => ReferenceEquals(c.Caller, site.Spawner) && ReferenceEquals(package.ModelOf(c.Caller).StartedLiteralAround(c.Call), site.Site))
            .ToList();
        return calls.Count > 0 && calls.All(c => HoldsOwnLockAt(package, c));
    }

    /// <summary>The function that starts it calls it again afterwards on the same object (<c>go w.Reset(d); w.Reset(e)</c>):
    /// the two copies run together.</summary>
    private static bool CalledWhileRunning(PackageModel package, FunctionDecl function, IReadOnlyList<SpawnSite> sites) =>
        sites.Any(s => CallWhileRunning(package, function, s, function) is not null);

    /// <summary>A call of <paramref name="called"/> that the function starting <paramref name="started"/> at
    /// <paramref name="site"/> makes on the same object while the started copy runs; null when there is none.</summary>
    public static CallSite? CallWhileRunning(PackageModel package, FunctionDecl called, SpawnSite site, FunctionDecl started) =>
        package.CallSitesReaching(called).FirstOrDefault(call => site.StillRunningAt(call) && SameObject(site, call, started.Name));

    /// <summary>True when <paramref name="call"/> is made on the object <paramref name="site"/> starts
    /// <paramref name="method"/> on; a plain function has no object, and any call will do.</summary>
    private static bool SameObject(SpawnSite site, CallSite call, string method) =>
        site.OwnerType is null || call.Call.Callee is MemberAccess { Target: var target } && ReceiverStarted(site, method) == target.SourceCode;

    /// <summary>The text of the object a start runs <paramref name="method"/> on (<c>s</c> in <c>go s.Stop()</c>, in a
    /// started closure that calls <c>s.Stop()</c>, or in a thread object's <c>s.start()</c>); null when it names none.</summary>
    public static string? ReceiverStarted(SpawnSite site, string method) =>
        site.StartedObject?.SourceCode ?? site.Site.DescendantsAndSelf().Select(n => n switch
        {
            MemberAccess { Member: var member, Target: var target } when member == method => target.SourceCode,
            _ => null,
        }).FirstOrDefault(t => t is not null);

    /// <summary>A function that a function started in parallel calls runs in each started copy: the nearest caller, up
    /// to <see cref="MaxCallerDepth"/> calls up, that other copies of it can run beside (<see cref="Of(FunctionModel)"/>),
    /// with the call that leads here; null when there is none. Each call on the way must reach the called function (on
    /// the caller's receiver, on an object of its type, or by name), not be made on an object the caller made for
    /// itself, which each copy has its own of, nor under a lock the caller took; and a start's copies are no evidence
    /// for a call on what a parameter of the started function holds when each copy is handed an object of its own
    /// (<see cref="PackageModel.HandsEachCopyItsOwn"/>). For the fields of the object a method runs on
    /// (<paramref name="ownFields"/>), a call on an object still being made is no way up either
    /// (<see cref="PackageModel.CallsOnObjectInTheMaking"/>): each copy makes an object of its own.</summary>
    public static ParallelCaller? ThroughCaller(FunctionModel model, bool ownFields = false)
    {
        var package = model.Package;
        foreach (var (site, first) in CallsUpward(package, model.Function, site => Of(package, site.Caller).Count > 0, ownFields))
            if (Of(package, site.Caller) is { Count: > 0 } spawns)
            {
                // A call on what a parameter holds, where each started copy is handed an object of its own.
                if (site.Call.Callee is MemberAccess { Target: var target } && RootParameter(site.Caller, target) is { } parameter
                    && package.HandsEachCopyItsOwn(site.Caller, parameter)) continue;
                return new ParallelCaller(first, site.Caller, spawns);
            }
        return null;
    }

    /// <summary>A start, by a method code outside the package can call on any object (<c>go srv.handleSignals()</c> in
    /// <c>ListenAndServe</c>), of the function or of a caller of it up to <see cref="MaxCallerDepth"/> calls up, each call
    /// on the way reaching it as for <see cref="ThroughCaller"/>: every object starts a copy of its own, and the copies
    /// share the top-level state they reach. The start, with the function it starts; null when there is none.</summary>
    public static (SpawnSite Start, FunctionDecl Started)? OpenStartReaching(FunctionModel model)
    {
        var package = model.Package;
        return CallsUpward(package, model.Function, stopsAt: _ => false).Select(c => c.Site.Caller).Prepend(model.Function)
            .Select(function => package.SpawnSitesOf(function)
                .FirstOrDefault(s => s.Spawner.OwnerType is not null && package.Facts.IsVisibleOutsidePackage(s.Spawner) && !package.IsTestCode(s.Site)) is { } start
                ? (start, function)
                : ((SpawnSite, FunctionDecl)?)null)
            .FirstOrDefault(found => found is not null);
    }

    /// <summary>The calls that reach <paramref name="function"/>, nearest first, up to <see cref="MaxCallerDepth"/> calls
    /// up, each with the call of its chain that reaches the function itself: a call made on an object the caller made
    /// for itself, or under a lock the caller took, is no way for copies of the caller to run the function side by side,
    /// and each caller is met once. The walk does not go on above a call <paramref name="stopsAt"/> holds.</summary>
    private static IEnumerable<(CallSite Site, CallSite First)> CallsUpward(PackageModel package, FunctionDecl function, Func<CallSite, bool> stopsAt, bool ownFields = false)
    {
        var seen = new HashSet<FunctionDecl>(ReferenceEqualityComparer.Instance) { function };
        var frontier = new List<(FunctionDecl Function, CallSite? First)> { (function, null) };
        for (var depth = 0; depth < MaxCallerDepth && frontier.Count > 0; depth++)
        {
            var next = new List<(FunctionDecl, CallSite?)>();
            foreach (var (callee, first) in frontier)
                foreach (var site in package.CallSitesReaching(callee))
                {
                    if (package.CallsOnConfinedObject(callee, site) || ownFields && package.CallsOnObjectInTheMaking(callee, site)
                        || HoldsOwnLockAt(package, site) || !seen.Add(site.Caller)) continue;
                    yield return (site, first ?? site);
                    if (!stopsAt(site)) next.Add((site.Caller, first ?? site));
                }
            frontier = next;
        }
    }

    /// <summary>The parameter of <paramref name="function"/> an expression reaches an object through (<c>upload</c> in
    /// <c>upload.Local</c>); null for anything else.</summary>
    private static string? RootParameter(FunctionDecl function, IrExpression expression) => expression switch
    {
        NameExpression { Name: var name } when name != function.ReceiverName && function.Parameters.Any(p => p.Name == name) => name,
        MemberAccess { Target: var inner } => RootParameter(function, inner),
        _ => null,
    };

    private const int MaxCallerDepth = 3;

    /// <summary>True when the caller holds a lock it took itself at the call: the copies of a started caller pass through
    /// the call one at a time (<c>o.mu.Lock(); …; o.waiting.add(wr)</c> in a method started for each request).</summary>
    private static bool HoldsOwnLockAt(PackageModel package, CallSite site) =>
        package.ModelOf(site.Caller).HeldAt(site.Call).Any(h => h is { Mode: LockMode.Exclusive, Origin: LockOrigin.Acquired or LockOrigin.Scope });

    /// <summary>The start of the function literal <paramref name="node"/> runs in, when it is in a loop: each turn
    /// starts another copy of the literal, and the copies run side by side; else null.</summary>
    public static IrNode? RepeatedLiteralAround(FunctionModel model, IrNode node) =>
        model.StartedLiteralAround(node) is { } spawn
        && model.Package.LiteralSpawnsIn(model.Function).Any(s => ReferenceEquals(s.Site, spawn) && s.Repeated) ? spawn : null;

    /// <summary>True when the function starts a function literal in a loop.</summary>
    public static bool StartsLiteralsInLoop(FunctionModel model) => model.Package.LiteralSpawnsIn(model.Function).Any(s => s.Repeated);

    private static bool CalledByAnotherMethod(PackageModel package, FunctionDecl function, IReadOnlyList<SpawnSite> sites) =>
        package.CallSitesOf(function.Name).Any(call => !ReferenceEquals(call.Caller, function) && call.Caller.OwnerType == function.OwnerType
            && call.Caller.OwnerType is not null && !sites.Any(s => ReferenceEquals(s.Spawner, call.Caller)));
}
