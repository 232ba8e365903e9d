using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Computes the summaries of one package's methods on demand and takes them to a fixed point over recursion: a method
/// met again while its own summary is being computed is answered with what is known of it so far, and every summary
/// computed under one outer request is recomputed until none changes. The result is the same whichever method is asked
/// for first, for call chains shallower than <see cref="MaxChainDepth"/>.
/// </summary>
internal sealed class MethodSummaries(PackageModel package)
{
    private const int MaxRounds = 10;
    // A summary is computed inside the walk of its caller, which is inside the walk of its caller: the levels of every
    // function on a chain of calls add up on one stack. A callee that would take the chain past this many levels
    // (FunctionNesting's) is answered with an empty summary, as an unknown call is; only generated or hostile code has
    // chains that deep.
    private const int MaxChainDepth = FunctionNesting.MaxDepth;
    private readonly Dictionary<FunctionDecl, MethodSummary> _final = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FunctionDecl, MethodSummary> _current = new(ReferenceEqualityComparer.Instance);
    private readonly List<FunctionDecl> _round = [];
    private readonly HashSet<FunctionDecl> _inProgress = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(FunctionDecl, string), MethodSummary> _forFlags = [];
    private readonly HashSet<(FunctionDecl, string)> _flagsInProgress = [];
    private readonly Lock _gate = new();
    private bool _recursive;
    private int _chainDepth;

    public MethodSummary Of(FunctionDecl function)
    {
        lock (_gate)
        {
            if (_final.TryGetValue(function, out var done)) return done;
            if (_current.TryGetValue(function, out var known)) return known;
            if (_inProgress.Contains(function))
            {
                _recursive = true;
                return MethodSummary.Empty;
            }
            // While a request settles, a callee its chain was cut short of is computed as part of that request.
            var outermost = _inProgress.Count == 0 && _round.Count == 0;
            var depth = FunctionNesting.DepthOf(function);
            if (!outermost && _chainDepth + depth > MaxChainDepth) return MethodSummary.Empty;
            _inProgress.Add(function);
            _chainDepth += depth;
            var summary = Compute(function);
            _chainDepth -= depth;
            _inProgress.Remove(function);
            _current[function] = summary;
            _round.Add(function);
            if (outermost) Settle();
            return _final.GetValueOrDefault(function) ?? summary;
        }
    }

    /// <summary>The summary of <paramref name="function"/> run with its flag parameters as <paramref name="flags"/> fixes
    /// them (<c>s.removeMsg(seq, false)</c> for <c>needLock</c>): only the branches those values take. Kept once no
    /// request is settling (a summary made while one is may rest on its summaries before they are final); a call of the
    /// same function with the same flags inside its own making, or past a few such makings on one chain, gets the plain
    /// summary.</summary>
    public MethodSummary Of(FunctionDecl function, IReadOnlyDictionary<string, bool> flags)
    {
        var key = (function, string.Join(",", flags.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}")));
        lock (_gate)
        {
            if (_forFlags.TryGetValue(key, out var done)) return done;
            if (function.Body is null || _flagsInProgress.Contains(key) || _flagsInProgress.Count >= MaxFlagChain) return Of(function);
            var settled = _inProgress.Count == 0 && _round.Count == 0;
            _flagsInProgress.Add(key);
            var summary = Compute(function, flags);
            _flagsInProgress.Remove(key);
            if (settled && _inProgress.Count == 0 && _round.Count == 0) _forFlags[key] = summary;
            return summary;
        }
    }

    private const int MaxFlagChain = 8;

    /// <summary>Recomputes this request's summaries, in source order, until none changes; then they are final.</summary>
    private void Settle()
    {
        var order = _round.OrderBy(f => f.Module.Text.Path, StringComparer.Ordinal).ThenBy(f => f.Span.StartOffset).ToList();
        for (var round = 0; _recursive && round < MaxRounds; round++)
        {
            var changed = false;
            foreach (var function in order)
            {
                var again = Compute(function);
                if (again.SameAs(_current[function])) continue;
                _current[function] = again;
                changed = true;
            }
            if (!changed) break;
        }
        foreach (var function in _round) _final[function] = _current[function];
        _round.Clear();
        _current.Clear();
        _recursive = false;
    }

    private MethodSummary Compute(FunctionDecl function, IReadOnlyDictionary<string, bool>? flags = null)
    {
        if (function.Body is null) return MethodSummary.Empty;
        var scope = package.ScopeOf(function);
        var walk = new FlowWalker(scope, [], tracksWrites: true, flags);
        walk.Run(function.Body);
        var returned = AnswersByPath(function) ? walk.Returned.Concat(walk.DecidingReturns).ToHashSet() : walk.Returned;
        var reads = new List<SummaryRead>();
        var writes = new List<SummaryWrite>();
        var needsGiven = GivenParameters.In(function);
        var onceGates = OnceGuards.Of(walk.Accesses);
        foreach (var access in walk.Accesses)
        {
            if (access.Resource is not { } resource) continue;
            if (access.Effect.Kind is EffectKind.Read)
            {
                if (returned.Contains(access) && !ReadsBackOwnWrite(walk.Accesses, access)) reads.Add(new SummaryRead(resource, OwnLocks(access), access.Effect.Detail));
            }
            else
            {
                var atomic = access.Effect.Kind == EffectKind.AtomicCheckAndAct || access.Effect.AtomicInCallee;
                var decidedInside = access.Effect.DecidedInCallee || atomic || access.IsDecidedByOwnCheck()
                                    || OnceOnlyLiterals.Enclose(access.Effect.Node, package.Facts, scope);
                var onceIn = access.Effect.OnceIn ?? (access.Guards.Any(onceGates.Contains) ? function.Name : null);
                writes.Add(new SummaryWrite(resource, OwnLocks(access),
                    access.Effect.Rechecked || access.IsRecheckedUnderLock() || access.IsGatedUnderLock() || RemovalTestsItself(access),
                    decidedInside, atomic, onceIn, access.Effect.Removes, access.Effect.Detail,
                    [.. needsGiven(access.Effect.Node).Union(GivenParameters.PassedOn(function, access.Effect.Node, access.Effect.PassedOnGiven ?? [])).Order(StringComparer.Ordinal)],
                    access.Effect.FailsTwice && !decidedInside && onceIn is null, access.Effect.TakesOne, access.Effect.OnSomePathsInCallee || !walk.WritesOnEveryPath(resource.Key),
                    access.Held.Count == 0 && walk.ReleasedUnheld.Count == 0 && (access.Effect.GatedInCallee || OnceGuards.GatesOnFlag(package, function, access, walk.Accesses, walk.WrittenAtExit)),
                    walk.BeforeLettingGo.Contains(access),
                    PassesOnRefusal(access, function) || access.IsRecheckedUnderLock() && access.RecheckingGuards().Any(RefusesOnExit)));
            }
        }
        var acquires = walk.LockEvents.Where(e => e.Kind == EffectKind.Acquire && e.Lock is not null).Select(e => e.Lock!).ToHashSet(StringComparer.Ordinal);
        return new MethodSummary(reads.DistinctBy(r => r.Key).ToList(),
            writes.GroupBy(w => w.WriteKey).Select(same => same.First() with { OnSomePaths = same.All(w => w.OnSomePaths), GatesOnFlag = same.All(w => w.GatesOnFlag), BeforeLettingGo = same.All(w => w.BeforeLettingGo) }).ToList(), acquires,
            walk.HeldOnEveryExit().Select(h => new SummaryLock(h.Name, h.Mode)).ToList(), walk.ReleasedAtExit,
            walk.ReleasedUnheld.Except(walk.ReleasedAtExit).Order(StringComparer.Ordinal).Select(name => new SummaryLock(name, walk.ModeAtExit(name))).ToList(),
            walk.HeldForEveryScopeBody().Select(h => new SummaryLock(h.Name, h.Mode)).ToList(), CallbackLocks(function, walk));
    }

    /// <summary>True for a called method's write that it refuses when another caller took the state first
    /// (<see cref="Effect.RefusedInCallee"/>), when this method passes that refusal on to its own caller; one that it
    /// tells apart and takes for success, or retries on, it does not.</summary>
    private bool PassesOnRefusal(Access access, FunctionDecl function) =>
        access.Effect is { RefusedInCallee: true, Node: CallExpression call } && package.Facts.PassesOnFailure(call, function);

    /// <summary>True for a re-check that leaves the method early with a failure (<c>if exists { return ErrExists }</c>,
    /// <c>if key in self._d: raise KeyError(key)</c>).</summary>
    private bool RefusesOnExit(Guard guard) =>
        guard is { Kind: GuardKind.EarlyExit, Condition: { Parent: IfStatement { Then.Statements: [.., var exit] } } } && package.Facts.ReportsFailure(exit);

    /// <summary>True when the method reads the state back after writing it under one hold of a lock it took
    /// (<c>s.nextID++; id = strconv.Itoa(s.nextID)</c>): what it answers is its own write, made in one step with the read,
    /// not the state as others left it, and a caller's test of the answer checks nothing others can change.</summary>
    private static bool ReadsBackOwnWrite(IReadOnlyList<Access> accesses, Access read) =>
        accesses.Any(write => write.Effect.Kind == EffectKind.Write && write.Order < read.Order && write.Resource?.Key == read.Resource!.Key
                              && write.CommonExclusiveLock(read) is { Origin: LockOrigin.Acquired or LockOrigin.Scope }
                              && AlwaysBefore(write.Effect.Node, read.Effect.Node));

    // The write is made on every way to the read: between it and the statement list both are in, no branch, loop or
    // try holds it without the read.
    private static bool AlwaysBefore(IrNode write, IrNode read)
    {
        var readAncestors = read.Ancestors().ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var ancestor in write.Ancestors())
        {
            if (readAncestors.Contains(ancestor)) return ancestor is Block;
            if (ancestor is IfStatement or LoopStatement or SwitchStatement or TryStatement or FunctionLiteral) return false;
        }
        return false;
    }

    /// <summary>For each parameter the method calls (and never rebinds), the locks it took itself and holds at every
    /// such call.</summary>
    private static List<SummaryCallbackLock> CallbackLocks(FunctionDecl function, FlowWalker walk)
    {
        var locks = new List<SummaryCallbackLock>();
        var calls = function.Body!.DescendantsAndSelf().OfType<CallExpression>()
            .Where(c => c.Callee is NameExpression { Name: var name } && function.Parameters.Any(p => p.Name == name))
            .GroupBy(c => ((NameExpression)c.Callee).Name);
        foreach (var byParameter in calls.Where(g => !GivenParameters.Assigned(function, g.Key)))
        {
            var held = byParameter.Select(c => walk.HeldAtCalls.GetValueOrDefault(c) ?? []).ToList();
            locks.AddRange(held[0].Where(h => h.Origin is LockOrigin.Acquired or LockOrigin.Scope && held.All(at => at.Any(o => o.Name == h.Name)))
                .Select(h => new SummaryCallbackLock(byParameter.Key, new SummaryLock(h.Name, h.Mode))));
        }
        return locks;
    }

    /// <summary>True for a predicate: every return gives constants (<c>if err != nil { return false }; return true</c>),
    /// or an anonymous refusal after them (<c>if over { return errors.New("over the cap") }; return nil</c>,
    /// <see cref="ILanguageFacts.ReportsOwnRefusal"/>), so what the function answers is decided by the conditions on
    /// the path to each return, not by a value.</summary>
    private bool AnswersByPath(FunctionDecl function)
    {
        var returns = Statements.ReturnsOf(function).ToList();
        bool Marks(IrExpression value) => value is LiteralExpression || IsConstant(function, value);
        return returns.Count > 0 && returns.All(r => r.Values.Count > 0
            && (r.Values.All(Marks) || package.Facts.ReportsOwnRefusal(r) && r.Values.SkipLast(1).All(Marks)));
    }

    // A top-level name given a literal or a refusal that no code changes (INSTALLED = "installed", errBusy =
    // errors.New("busy")): the mark by another name. A value made by another call (DEFAULT_DIR =
    // os.path.expanduser(…)) is an answer of its own, not a mark of the path taken.
    private bool IsConstant(FunctionDecl function, IrExpression value) =>
        value is NameExpression { Name: var name } && package.GlobalOf(function.Module, name) is { Initializer: { } made }
        && (made is LiteralExpression || package.Facts.MakesRefusal(made)) && !package.MayChange(name);

    /// <summary>An atomic removal from a concurrent collection that the method goes by (<c>s = sessions.remove(id); if
    /// (s != null) …</c>): the removal is its own check, made at the write.</summary>
    private bool RemovalTestsItself(Access access) =>
        access.Effect is { Removes: true, Helper: null, Node: IrExpression removal } && access.Resource?.Kind == ResourceKind.ConcurrentEntry
        && ValueTests.ResultTestedForNothing(removal, package.Facts);

    /// <summary>The locks the method took itself (not its caller's) and holds at the access.</summary>
    private static List<SummaryLock> OwnLocks(Access access) =>
        access.Held.Where(h => h.Origin is LockOrigin.Acquired or LockOrigin.Scope)
            .Select(h => new SummaryLock(h.Name, h.Mode)).OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
}
