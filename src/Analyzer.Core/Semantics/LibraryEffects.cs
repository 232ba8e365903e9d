using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What a function's own body does through the language's library facts alone, without following its calls:
/// whether it takes a lock or runs a query, and which of its parameters it checks as a path. A cheap test of whether a
/// function's summary can matter to a caller on another object, or to a caller of a path helper, before the summary is
/// computed.</summary>
/// <param name="Locks">It takes a lock (a call or a scoped item).</param>
/// <param name="LocksForThreads">It takes a lock that threads of one program share (not one a call hands back, such as
/// a repository's lock file, which keeps other processes out, nor one it makes for its own threads, nor one only the
/// tasks of an event loop take).</param>
/// <param name="Queries">It reads or writes a SQL table.</param>
/// <param name="ChecksPath">It checks a path named by one of its parameters.</param>
/// <param name="AtomicOnReceiver">It reads or changes its receiver's state through atomic operations (an atomic word, a
/// map built for goroutines or threads).</param>
/// <param name="WrittenPaths">The parameters whose path it writes whether or not anything is there (<see
/// cref="LostPathRace.Overwrites"/>) and never checks.</param>
/// <param name="FailingPaths">The parameters whose path it uses otherwise, never checking it, where a path that vanished
/// or appeared makes the use fail and nothing around the use handles that.</param>
internal sealed record LibraryEffects(bool Locks, bool LocksForThreads, bool Queries, bool ChecksPath, bool AtomicOnReceiver,
    IReadOnlyList<string> WrittenPaths, IReadOnlyList<string> FailingPaths)
{
    public static LibraryEffects Of(PackageModel package, FunctionDecl function)
    {
        if (function.Body is null) return new LibraryEffects(false, false, false, false, false, [], []);
        var scope = package.ScopeOf(function);
        var effects = function.Body.DescendantsAndSelf()
            .SelectMany(node => node switch
            {
                CallExpression call => package.Facts.EffectsOfCall(call, scope),
                WithItem item => package.Facts.EffectsOfScope(item, scope),
                _ => [],
            })
            .ToList();
        var parameterPaths = function.Parameters.Select(p => Resource.PathKeyPrefix + p.Name).ToHashSet(StringComparer.Ordinal);
        return new LibraryEffects(
            effects.Any(e => e.Kind == EffectKind.Acquire),
            effects.Any(e => e is { Kind: EffectKind.Acquire, Lock: { } name } && !LockNames.IsReturnedByCall(name) && !scope.MakesOwnLock(name, e.Node)
                             && !IsTaskLock(e, scope)),
            effects.Any(e => e.Resource?.Kind == ResourceKind.SqlTable),
            effects.Any(e => e is { Kind: EffectKind.Read, Resource: { Kind: ResourceKind.FilePath } path } && parameterPaths.Contains(path.Key)),
            effects.Any(e => e.Resource is { Kind: ResourceKind.ConcurrentEntry, IsReceiverState: true }),
            PathUses(function, effects, scope, LostPathRace.Overwrites), PathUses(function, effects, scope, LostPathRace.Fails));
    }

    // The parameters whose path the function never checks and uses with the outcome given, a failure only where nothing
    // right around the use handles it.
    private static IReadOnlyList<string> PathUses(FunctionDecl function, IReadOnlyList<Effect> effects, IScope scope, LostPathRace outcome) =>
        [.. function.Parameters.Select(p => p.Name).Where(name => Resource.PathKeyPrefix + name is var key
            && !effects.Any(e => e.Kind == EffectKind.Read && e.Resource?.Key == key)
            && effects.Any(e => e is { Kind: EffectKind.Write, Node: CallExpression call } && e.Resource?.Key == key && Outcome(call, key, scope) == outcome
                                && (outcome != LostPathRace.Fails || !scope.Package.Facts.HandlesLostPathRace(call))))];

    // What losing a race does to the call's use of the path named by key, given through one of its arguments or its target.
    private static LostPathRace? Outcome(CallExpression call, string key, IScope scope) =>
        call.Arguments.Select(a => a.Value).Append(call.Callee is MemberAccess { Target: var target } ? target : null).OfType<IrExpression>()
            .Where(path => Resource.PathOf(path, scope).Key == key).Select(path => (LostPathRace?)scope.Package.Facts.LostPathRaceOutcome(call, path)).Max();

    // A lock field made as one only the tasks of an event loop take (self._lock = asyncio.Lock()).
    private static bool IsTaskLock(Effect acquire, IScope scope) =>
        acquire.Node switch
        {
            WithItem item => item.Context,
            CallExpression { Callee: MemberAccess { Target: var target } } => target,
            _ => null,
        } is { } taken && scope.FieldOf(taken) is { Initializer: { } made } && scope.Package.Facts.IsTaskLock(made);

    /// <summary>Whether the plain function <paramref name="function"/>, or one it calls by its bare name (and so on),
    /// takes a lock, runs a query or names a top-level variable that code may change: only then can its summary tell a
    /// caller anything about shared state. With <paramref name="known"/> and <paramref name="learn"/> remembering every answer
    /// a walk settles (<see cref="Reaches"/>), a long chain of helpers is walked once, whichever of them is asked first.</summary>
    public static bool ReachLockOrGlobal(PackageModel package, FunctionDecl function, Func<FunctionDecl, bool?> known, Action<FunctionDecl, bool> learn) =>
        Reaches(function, f => package.LibraryEffectsOf(f) is { Locks: true } or { Queries: true } || NamesChangedGlobal(package, f),
            f => f.Body!.DescendantsAndSelf().OfType<CallExpression>().SelectMany(call =>
                call.Callee is NameExpression { Name: var called } ? package.PlainFunctionsCalled(f, called, call) : []),
            known, learn);

    private static bool NamesChangedGlobal(PackageModel package, FunctionDecl function) =>
        function.Body!.DescendantsAndSelf().OfType<NameExpression>().Any(n => package.GlobalOf(function.Module, n.Name) is not null && package.MayChange(n.Name));

    /// <summary>True when <paramref name="function"/>, or a method of its type it calls on its own receiver (and so
    /// on), takes a lock, runs a query or makes an atomic operation on its receiver's state.</summary>
    public static bool ReachOwnSynchronization(PackageModel package, FunctionDecl function) =>
        Reaches(function, f => package.LibraryEffectsOf(f) is { Locks: true } or { Queries: true } or { AtomicOnReceiver: true },
            f => f.Body!.DescendantsAndSelf().OfType<CallExpression>().SelectMany(call =>
                call.Callee is MemberAccess { Target: NameExpression { Name: var target }, Member: var method } && target == f.ReceiverName
                    ? package.FunctionsNamed(f.OwnerType, method) : []),
            _ => null, (_, _) => { });

    /// <summary>Whether a function with a body for which <paramref name="found"/> holds is reached from
    /// <paramref name="start"/> through <paramref name="callees"/>, each function walked once. <paramref name="known"/>
    /// gives what earlier walks settled; <paramref name="learn"/> is told what this one settles: yes for every function
    /// on the calls from the start to the one found, and when there is none, no for every function walked, whose own
    /// walks would reach no further.</summary>
    private static bool Reaches(FunctionDecl start, Func<FunctionDecl, bool> found, Func<FunctionDecl, IEnumerable<FunctionDecl>> callees,
        Func<FunctionDecl, bool?> known, Action<FunctionDecl, bool> learn)
    {
        var calledFrom = new Dictionary<FunctionDecl, FunctionDecl?>(ReferenceEqualityComparer.Instance) { [start] = null };
        var pending = new Stack<FunctionDecl>([start]);
        while (pending.TryPop(out var next))
        {
            if (next.Body is null) continue;
            var settled = known(next);
            if (settled == false) continue;
            if (settled == true || found(next))
            {
                for (FunctionDecl? on = next; on is not null; on = calledFrom[on]) learn(on, true);
                return true;
            }
            foreach (var callee in callees(next))
                if (calledFrom.TryAdd(callee, next)) pending.Push(callee);
        }
        foreach (var walked in calledFrom.Keys) learn(walked, false);
        return false;
    }
}
