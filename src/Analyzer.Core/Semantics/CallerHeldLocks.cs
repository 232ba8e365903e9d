using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Infers the locks a function starts with: those every caller in the package holds at every call to it (a method:
/// on the same receiver; a plain function: by its bare name), with the callers as evidence; or, failing that, the lock
/// its name (<see cref="ILanguageFacts.NameImpliesCallerHoldsLock"/>) or its documentation
/// (<see cref="DocumentedLockDuty"/>) says the caller holds. A call on an object its caller made and keeps to itself
/// needs no lock, and counts only when every call is one (<see cref="UnsharedRuns.OnConfinedObject"/>, and a call on
/// the receiver of a method only such calls reach, <see cref="UnsharedRuns.OnConfinedReceiver"/>).
/// </summary>
internal static class CallerHeldLocks
{
    // The callers' models are built inside this function's, and theirs inside their callers': past this many, the
    // callers are not asked (the name's convention still is), so a long chain of calls cannot overflow the stack.
    private const int MaxCallerChain = 64;

    private const string CallersLock = "the caller's ";

    // What a caller's name or documentation says it holds when its type has several locks and neither says which.
    private const string UnnamedLock = CallersLock + "lock";

    public static (IReadOnlyList<HeldLock> Locks, PartlyHeldLock? Partly) Infer(PackageModel package, FunctionDecl function, HashSet<FunctionDecl> inProgress)
    {
        // A decorator from a library that runs the function under its own lock: every call holds it.
        if (function.Decorators.Where(d => d is not NameExpression { Name: var own } || package.FunctionsNamed(null, own).Count == 0)
                .Select(package.Facts.LockHeldByDecorator).FirstOrDefault(l => l is not null) is { } decorated)
            return ([new HeldLock((function.OwnerType is null ? function.Name + "." : "this.") + decorated, LockMode.Exclusive, LockOrigin.Caller, null, 0, [])], null);
        var (fromCallers, partly) = FromCallers(package, function, inProgress);
        return (WithConvention(fromCallers, package.ConventionOf(function)), partly);
    }

    /// <summary>The locks the callers hold, and the one the function's name or documentation says they hold when none of
    /// those is the receiver's: callers that agree on nothing, or only on another object's lock (a parameter's), leave
    /// the receiver's lock to the convention.</summary>
    private static List<HeldLock> WithConvention(List<HeldLock> fromCallers, HeldLock? convention) =>
        convention is not null && !fromCallers.Any(h => IsReceivers(h) || h.Name == convention.Name) ? [.. fromCallers, convention] : fromCallers;

    /// <summary>The lock the function's name (<see cref="ILanguageFacts.NameImpliesCallerHoldsLock"/>) or documentation
    /// (<see cref="DocumentedLockDuty"/>) says its caller holds; null when neither says so, or when the documentation names
    /// another object's lock.</summary>
    internal static HeldLock? Convention(PackageModel package, FunctionDecl function)
    {
        var byName = package.Facts.NameImpliesCallerHoldsLock(function.Name);
        var documented = byName ? null : DocumentedLockDuty.In(package.Facts.DocumentationOf(function));
        // A lock of a parameter ("`client` lock must be held") or of another type ("Account lock should be held" on a
        // method of serviceExport) is another object's: no lock of the receiver's.
        if (documented is not null && documented.LockOwnerWords().Any(w => (w != function.ReceiverName && function.Parameters.Any(p => p.Name == w))
                || (w != function.OwnerType && package.TypeNamed(w) is not null)))
            documented = null;
        if (!byName && documented is null) return null;
        var locks = package.TypeNamed(function.OwnerType ?? string.Empty)?.Fields.Where(package.Facts.IsLockField).ToList() ?? [];
        if (documented is not null && locks.Where(l => documented.Names(l.Name)).ToList() is [var named]) locks = [named];
        var name = locks.Count == 1 ? (locks[0].IsEmbedded ? "this" : "this." + locks[0].Name) : UnnamedLock;
        return new HeldLock(name, documented?.Mode ?? LockMode.Exclusive, LockOrigin.Convention, null, 0, [], DocumentedBy: documented);
    }

    /// <summary>The calls that hand the function, as a method value, to a method of the package that runs what it is
    /// given under a lock of its own (<c>time.AfterFunc(d, s.wrapChk(s.heartbeat))</c>, where <c>wrapChk</c> returns
    /// <c>func() { s.mu.Lock(); f(); s.mu.Unlock() }</c>): each is a call of the function under those locks, named as
    /// the caller names them, made on the object the method value is taken from. None when any call hands the function
    /// to anything else, which may run it without a lock.</summary>
    private static Dictionary<CallSite, (string Receiver, IReadOnlyList<SummaryLock> Locks)> LockingWrappers(PackageModel package, FunctionDecl function)
    {
        var found = new Dictionary<CallSite, (string, IReadOnlyList<SummaryLock>)>();
        foreach (var pass in package.CallsPassing(function.Name))
        {
            var scope = package.ScopeOf(pass.Caller);
            var argument = pass.Call.Arguments.FirstOrDefault(a => a.Value is MemberAccess { Member: var member } && member == function.Name);
            if (argument is not { Name: null, Unpack: 0, Value: MemberAccess { Target: var owner } } || scope.ObjectTypeOf(owner) != function.OwnerType) return [];
            var (callees, onReceiver) = pass.Call.Callee switch
            {
                MemberAccess { Target: var target, Member: var method } when scope.Normalize(target) == scope.Normalize(owner)
                    => (package.FunctionsCalled(scope.ObjectTypeOf(target), method, pass.Call), true),
                NameExpression { Name: var plain } => (package.PlainFunctionsCalled(pass.Caller, plain, pass.Call), false),
                _ => ([], false),
            };
            var common = EffectResolver.LocksHeldForArgument(package, callees, pass.Call, argument.Value)
                .Where(l => onReceiver || !l.Name.StartsWith("this", StringComparison.Ordinal)).ToList();
            if (common.Count == 0) return [];
            found[pass] = (scope.Normalize(owner), common);
        }
        return found;
    }

    private static bool IsReceivers(HeldLock held) => held.Name is "this" or UnnamedLock || held.Name.StartsWith("this.", StringComparison.Ordinal);

    private static (List<HeldLock> Common, PartlyHeldLock? Partly) FromCallers(PackageModel package, FunctionDecl function, HashSet<FunctionDecl> inProgress)
    {
        // A decorator's wrapper is the only caller of what it wraps; the object it calls a method on is its first argument.
        var wrapped = DecoratorWrappers.CallsOf(package, function);
        var sites = wrapped.Count > 0
            ? wrapped.Select(s => (Site: s, Receiver: function.OwnerType is not null && s.Call.Arguments is [{ Name: null, Unpack: 0, Value: var self }, ..]
                ? package.ScopeOf(s.Caller).Normalize(self) : string.Empty)).ToList()
            : package.CallSitesReaching(function)
                .Where(s => !ReferenceEquals(s.Caller, function))
                .Select(s => (Site: s, Receiver: ReceiverPath(package, s)))
                .ToList();
        var wrappers = wrapped.Count > 0 ? new Dictionary<CallSite, (string Receiver, IReadOnlyList<SummaryLock> Locks)>() : LockingWrappers(package, function);
        sites.AddRange(wrappers.Select(w => (w.Key, w.Value.Receiver)));
        var shared = sites.Where(s => !UnsharedRuns.OnConfinedObject(package, function, s.Site) && !UnsharedRuns.OnConfinedReceiver(package, function, s.Site)).ToList();
        var onNewObjects = shared.Count > 0 ? sites.Count - shared.Count : 0;
        if (shared.Count > 0) sites = shared;
        // A test calls the function directly, one call at a time; the program's own calls say what it runs under.
        var program = sites.Where(s => !package.IsTestCode(s.Site.Call)).ToList();
        var inTests = program.Count > 0 ? sites.Count - program.Count : 0;
        if (program.Count > 0) sites = program;
        if (sites.Count == 0 || inProgress.Count > MaxCallerChain || sites.Any(s => inProgress.Contains(s.Site.Caller))) return ([], null);

        var flagLocks = FlagEntryLocks(package, function);
        var takenOnFlag = new HashSet<(CallExpression, string)>();
        var heldAtSites = new List<(CallSite Site, Dictionary<string, (LockMode Mode, CallerLock Caller)> Held)>();
        foreach (var (site, receiver) in sites)
        {
            var held = new Dictionary<string, (LockMode, CallerLock)>(StringComparer.Ordinal);
            var atSite = wrappers.TryGetValue(site, out var wrapper)
                ? wrapper.Locks.SelectMany(l => InCallee(package, site.Caller, l.Name, receiver, []).Select(name => (name, l.Mode, new CallerLock(site.Caller, site.Call, null))))
                : AsCalleeNames(package, function, site, receiver, HeldAtSite(package, function, site));
            foreach (var (name, mode, caller) in atSite)
                held.TryAdd(name, (mode, caller));
            foreach (var (flag, value, taken) in flagLocks)
                if (site.Call.ArgumentFor(function, flag) is LiteralExpression literal && package.Facts.BooleanValue(literal) == value
                    && held.TryAdd(taken.Lock!, (taken.Mode, new CallerLock(site.Caller, site.Call, taken.Node))))
                    takenOnFlag.Add((site.Call, taken.Lock!));
            heldAtSites.Add((site, held));
        }
        NameUnnamedLocks(heldAtSites);
        var names = heldAtSites.SelectMany(s => s.Held.Keys).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        var common = heldAtSites[0].Held.Keys.Where(n => heldAtSites.All(s => s.Held.ContainsKey(n)))
            .Select(n => new HeldLock(n, heldAtSites[0].Held[n].Mode, LockOrigin.Caller, null, 0, heldAtSites.Select(s => s.Held[n].Caller).ToList()))
            .ToList();
        var partly = names.Where(n => !heldAtSites.All(s => s.Held.ContainsKey(n)))
            .Select(n => new PartlyHeldLock(n, heldAtSites.Count(s => s.Held.ContainsKey(n)), heldAtSites.Count,
                heldAtSites.Where(s => !s.Held.ContainsKey(n)).Select(s => s.Site.Caller).Distinct().ToList(), onNewObjects, inTests,
                FlagTake(flagLocks, n, heldAtSites.Count(s => takenOnFlag.Contains((s.Site.Call, n))))))
            .MaxBy(p => p.Holding);
        return (common, partly);
    }

    /// <summary>A caller that holds its type's lock without saying which of several (<see cref="UnnamedLock"/>: "Lock should
    /// be held" on a type with <c>mu</c> and <c>clsMu</c>) holds the one of the receiver's locks every other call
    /// holds.</summary>
    private static void NameUnnamedLocks(List<(CallSite Site, Dictionary<string, (LockMode Mode, CallerLock Caller)> Held)> heldAtSites)
    {
        var named = heldAtSites.Where(s => !s.Held.ContainsKey(UnnamedLock)).ToList();
        if (named.Count == 0 || named.Count == heldAtSites.Count) return;
        var agreed = named[0].Held.Where(h => h.Key.StartsWith("this.", StringComparison.Ordinal) && named.All(s => s.Held.ContainsKey(h.Key))).ToList();
        foreach (var (_, held) in heldAtSites.Where(s => s.Held.ContainsKey(UnnamedLock)))
            foreach (var (name, (mode, _)) in agreed)
                held.TryAdd(name, (mode, held[UnnamedLock].Caller));
    }

    private static PartlyHeldLock.FlagTake? FlagTake(IReadOnlyList<(string Flag, bool Value, Effect Taken)> flagLocks, string lockName, int calls) =>
        calls > 0 && flagLocks.FirstOrDefault(l => l.Taken.Lock == lockName) is { Flag: { } flag } taking ? new PartlyHeldLock.FlagTake(flag, taking.Value, calls) : null;

    /// <summary>The locks the function takes itself when a flag parameter has one value, before anything else it does
    /// with its receiver (<c>if shouldLock { s.Lock(); defer s.Unlock() }</c>), and lets go only at its end: a call that
    /// passes that value runs all of the rest under the lock, as a call made holding it does.</summary>
    private static IReadOnlyList<(string Flag, bool Value, Effect Taken)> FlagEntryLocks(PackageModel package, FunctionDecl function)
    {
        if (function.Body is null || function.ReceiverName is not { } receiver) return [];
        var scope = package.ScopeOf(function);
        IEnumerable<Effect> EffectsIn(IEnumerable<IrStatement> statements) =>
            statements.SelectMany(s => s.DescendantsAndSelf().OfType<CallExpression>()).SelectMany(c => package.Facts.EffectsOfCall(c, scope));
        foreach (var statement in function.Body.Statements)
        {
            if (statement is IfStatement { Else: null, Init: null } test && FlowWalker.FlagTested(function, test.Condition) is var (flag, whenThen))
            {
                var effects = EffectsIn(test.Then.Statements.Where(s => s is not DeferStatement)).ToList();
                var taken = effects.Where(e => e is { Kind: EffectKind.Acquire, Lock: { } name } && (name == "this" || name.StartsWith("this.", StringComparison.Ordinal))).ToList();
                return taken.Count > 0 && !effects.Any(e => e.Kind == EffectKind.Release) ? [.. taken.Select(e => (flag, whenThen, e))] : [];
            }
            if (statement.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == receiver)) return [];
        }
        return [];
    }

    /// <summary>The locks held where <paramref name="site"/> calls <paramref name="function"/>, as the caller's code names
    /// them: from the caller's model; or, for a caller in the same call cycle (<see cref="CallCycles"/>), whose model
    /// would need this function's, from the walk of the caller the whole cycle's entry locks give it
    /// (<see cref="CycleWalks"/>). So no function of a cycle learns more than another because it was asked first.</summary>
    private static IEnumerable<HeldLock> HeldAtSite(PackageModel package, FunctionDecl function, CallSite site)
    {
        if (package.CallCycleOf(function) is not { } cycle || package.CallCycleOf(site.Caller) != cycle)
            return package.ModelOf(site.Caller).HeldAt(site.Call);
        return package.CycleWalksOf(cycle)[site.Caller].HeldAtCalls.GetValueOrDefault(site.Call) ?? [];
    }

    /// <summary>The walks of the functions of call cycle <paramref name="cycle"/>, each from the locks held on entry to it
    /// as <see cref="Infer"/> finds them from its callers, where the callers in the cycle are walked the same way: the
    /// greatest fixed point, reached by starting each function as unknown (a caller that is still unknown says nothing)
    /// and letting go of a lock wherever a call does not hold it, until nothing changes. The calls from outside the
    /// cycle are the callers' models; tests' calls count only where nothing else calls the function.</summary>
    internal static IReadOnlyDictionary<FunctionDecl, FlowWalker> CycleWalks(PackageModel package, int cycle)
    {
        var members = package.Functions.Where(f => package.CallCycleOf(f) == cycle).ToList();
        var entries = new Dictionary<FunctionDecl, List<HeldLock>?>(ReferenceEqualityComparer.Instance);
        var walks = new Dictionary<FunctionDecl, FlowWalker>(ReferenceEqualityComparer.Instance);
        foreach (var member in members) entries[member] = null;
        FlowWalker WalkOf(FunctionDecl function)
        {
            if (walks.TryGetValue(function, out var known)) return known;
            var walk = new FlowWalker(package.ScopeOf(function), entries[function] ?? []);
            if (function.Body is not null) walk.Run(function.Body);
            return walks[function] = walk;
        }
        for (var round = 0; round < MaxCycleRounds; round++)
        {
            var changed = false;
            foreach (var member in members)
            {
                if (EntryFromCallers(package, member, cycle, entries, WalkOf) is not { } entry) continue;
                if (entries[member] is { } before && before.Select(l => l.Name).SequenceEqual(entry.Select(l => l.Name))) continue;
                entries[member] = entry;
                walks.Remove(member);
                changed = true;
            }
            if (!changed) break;
        }
        foreach (var member in members.Where(m => entries[m] is null))
            entries[member] = package.ConventionOf(member) is { } convention ? [convention] : [];
        return members.ToDictionary(m => m, WalkOf, (IEqualityComparer<FunctionDecl>)ReferenceEqualityComparer.Instance);
    }

    // Each round can only let locks go, so the walk ends; past this many rounds, what is known stands.
    private const int MaxCycleRounds = 8;

    /// <summary>The locks every call of <paramref name="function"/> holds, as it names them, with its convention
    /// (<see cref="WithConvention"/>); null while every call is from a function of the cycle that is still unknown.</summary>
    private static List<HeldLock>? EntryFromCallers(PackageModel package, FunctionDecl function, int cycle,
        Dictionary<FunctionDecl, List<HeldLock>?> entries, Func<FunctionDecl, FlowWalker> walkOf)
    {
        var sites = package.CallSitesReaching(function).Where(s => !ReferenceEquals(s.Caller, function)).ToList();
        var program = sites.Where(s => !package.IsTestCode(s.Call)).ToList();
        if (program.Count > 0) sites = program;
        List<HeldLock>? common = null;
        foreach (var site in sites)
        {
            var inCycle = package.CallCycleOf(site.Caller) == cycle;
            if (inCycle && entries[site.Caller] is null) continue;
            var held = inCycle ? walkOf(site.Caller).HeldAtCalls.GetValueOrDefault(site.Call) ?? [] : package.ModelOf(site.Caller).HeldAt(site.Call);
            var named = AsCalleeNames(package, function, site, ReceiverPath(package, site), held)
                .Select(l => new HeldLock(l.Name, l.Mode, LockOrigin.Caller, null, 0, [l.Caller])).DistinctBy(l => l.Name).ToList();
            common = common is null ? named : common.Where(c => named.Any(h => h.Name == c.Name)).ToList();
        }
        return common is null ? null : WithConvention(common, package.ConventionOf(function));
    }

    /// <summary>The locks <paramref name="held"/> at <paramref name="site"/>, named as the called function
    /// <paramref name="function"/> sees them (<see cref="InCallee"/>), each with the call and where the caller took it.</summary>
    private static IEnumerable<(string Name, LockMode Mode, CallerLock Caller)> AsCalleeNames(PackageModel package, FunctionDecl function, CallSite site,
        string receiver, IEnumerable<HeldLock> held)
    {
        var arguments = ArgumentPaths(package, function, site);
        return held.SelectMany(l => InCallee(package, site.Caller, l.Name, receiver, arguments)
            .Select(name => (name, l.Mode, new CallerLock(site.Caller, site.Call, l.AcquiredAt))));
    }

    /// <summary>What the called function's receiver is in the caller's terms, for a call that reaches it: "this" for a
    /// call on the caller's own receiver, the path of a parameter or field the call is made through ("mapping",
    /// "this.mapping"), or the empty string for a plain function called by its bare name.</summary>
    private static string ReceiverPath(PackageModel package, CallSite site) =>
        site.Call.Callee is MemberAccess { Target: var target } ? package.ScopeOf(site.Caller).Normalize(target) : string.Empty;

    /// <summary>A lock the caller holds, named as the called function sees it: the same name for a call on the
    /// caller's own receiver or a plain function; for a call through a field or parameter, a lock under that path
    /// becomes the receiver's ("mapping.mut" is "this.mut", and "mapping" itself "this") and a package-level lock keeps
    /// its name; a lock under an argument's path is also named through the parameter it binds ("this.repo.wlock()"
    /// passed as <c>repo</c> is "repo.wlock()"). A lock a call hands back that the called function cannot name is "the
    /// caller's repo.wlock()"; any other such lock is none.</summary>
    private static IReadOnlyList<string> InCallee(PackageModel package, FunctionDecl caller, string lockName, string receiver,
        IReadOnlyList<(string Path, string Parameter)> arguments)
    {
        var names = new List<string>();
        if (receiver is "" or "this") names.Add(lockName);
        else if (lockName.StartsWith(receiver + ".", StringComparison.Ordinal)) names.Add("this" + lockName[receiver.Length..]);
        // The lock of the object itself (a mutex its type embeds: cfg.Lock()) is the receiver's own.
        else if (lockName == receiver) names.Add("this");
        else if (!lockName.Contains('.') && package.GlobalOf(caller.Module, lockName) is not null) names.Add(lockName);
        else if (IsPromotedFrom(package, caller, receiver, lockName)) names.Add(lockName);
        foreach (var (path, parameter) in arguments)
            if (lockName.StartsWith(path + ".", StringComparison.Ordinal))
                names.Add(parameter + lockName[path.Length..]);
        // A lock file or repository lock keeps the program's other runs off all the callee does while it is held.
        if (names.Count == 0 && LockNames.IsReturnedByCall(lockName))
            names.Add(lockName.StartsWith(CallersLock, StringComparison.Ordinal) ? lockName : CallersLock + lockName);
        return names;
    }

    /// <summary>True for a call through a field the caller's type embeds (<c>wr.promisoid.SetLocked()</c>) of a lock
    /// under a field that embedding promotes (<c>wr.lock</c> is <c>wr.promisoid.lock</c>): the callee names it the same.</summary>
    private static bool IsPromotedFrom(PackageModel package, FunctionDecl caller, string receiver, string lockName)
    {
        const string own = "this.";
        if (!receiver.StartsWith(own, StringComparison.Ordinal) || receiver.IndexOf('.', own.Length) >= 0
            || !lockName.StartsWith(own, StringComparison.Ordinal)) return false;
        var field = lockName[own.Length..].Split('.')[0];
        return package.FieldOf(caller.OwnerType, receiver[own.Length..]) is { IsEmbedded: true } embedded
            && package.TypeNamed(caller.OwnerType!)!.Fields.All(f => f.Name != field)
            && package.FieldOf(package.Facts.BaseTypeName(embedded.TypeText ?? embedded.Name), field) is not null;
    }

    /// <summary>The caller's path of each argument that is a name or a field path, with the parameter it binds:
    /// positional arguments in order, keyword arguments by name, none after an unpacked one.</summary>
    private static IReadOnlyList<(string Path, string Parameter)> ArgumentPaths(PackageModel package, FunctionDecl function, CallSite site)
    {
        var scope = package.ScopeOf(site.Caller);
        var bound = new List<(string, string)>();
        var position = 0;
        foreach (var argument in site.Call.Arguments)
        {
            if (argument.Unpack > 0) break;
            var parameter = argument.Name is { } keyword ? function.Parameters.FirstOrDefault(p => p.Name == keyword)
                : position < function.Parameters.Count ? function.Parameters[position++] : null;
            if (parameter is not null && argument.Value is NameExpression or MemberAccess)
                bound.Add((scope.Normalize(argument.Value), parameter.Name));
        }
        return bound;
    }
}
