using System.Collections.Immutable;
using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Walks one function's statements in execution order over its structured control flow (branches, loops, switch,
/// try, with, defer, early exits) and records every effect with the locks held, the guards, and the reads its
/// inputs derive from. Branches are walked separately and joined; a lock survives a join only when every path
/// holds the same acquisition of it.
/// </summary>
internal sealed class FlowWalker
{
    private readonly FunctionScope _scope;
    private readonly EffectResolver _effects;
    private readonly List<Access> _accesses = [];
    private readonly List<Effect> _lockEvents = [];
    private readonly Dictionary<IrNode, IReadOnlyList<HeldLock>> _heldAtCalls = new(ReferenceEqualityComparer.Instance);
    private readonly List<ImmutableDictionary<string, HeldLock>> _exits = [];
    private readonly List<ImmutableHashSet<string>> _writtenAtExits = [];
    private readonly List<ImmutableDictionary<string, HeldLock>> _atScopeBodies = [];
    private readonly HashSet<string> _deferredReleases = new(StringComparer.Ordinal);
    // Locks a deferred call takes again when the function returns (c.mu.Unlock(); defer c.mu.Lock()), with the call.
    private readonly Dictionary<string, Effect> _deferredAcquires = new(StringComparer.Ordinal);
    private readonly HashSet<string> _releasedUnheld = new(StringComparer.Ordinal);
    private readonly HashSet<string> _writtenAtExit = new(StringComparer.Ordinal);
    private readonly HashSet<Access> _beforeLettingGo = [];
    private bool _letGo;
    private readonly HashSet<string> _exitReleases = new(StringComparer.Ordinal);
    // The function literals the function defers (defer func() { … }()), with the locks held where each was deferred.
    private readonly List<(FunctionLiteral Literal, ImmutableDictionary<string, HeldLock> Held)> _deferredLiterals = [];
    private readonly HashSet<Access> _returned = [];
    private readonly List<ImmutableList<Guard>> _guardsAtReturns = [];
    private readonly Stack<InlineFrame> _inlineCalls = new();
    private const int MaxLocalHelperDepth = 4;
    private readonly HashSet<FunctionLiteral> _inlining = new(ReferenceEqualityComparer.Instance);
    // For each loop being walked, innermost on top: the states at its break and continue statements, which reach the
    // point after the loop.
    private readonly Stack<List<FlowState>> _loopExits = new();
    // For each loop being walked, innermost on top: the early exits in its body that leave the function (a search that
    // returns what it found), which may decide whether the code after the loop runs at all.
    private readonly Stack<List<Guard>> _searchExits = new();
    // For each loop being walked, innermost on top: how many guards were in force where its body starts. The guards added
    // after them are the body's own, which pick the items the loop keeps.
    private readonly Stack<int> _loopBodyGuards = new();
    // For each local collection a loop filled, the reads of the conditions that chose which items it added.
    private readonly Dictionary<string, ImmutableList<Access>> _chosenBy = new(StringComparer.Ordinal);
    // For each local last given a value inside the branches of ifs, those ifs' guards: a store of the local after them
    // stores what their tests chose (v := m[k]; if v == nil { v = make() }; m[k] = v).
    private readonly Dictionary<string, ImmutableList<Guard>> _assignedUnder = new(StringComparer.Ordinal);
    // For each local last given an object made from such locals (visit = Visit(status=status)), their ifs' guards: a
    // write through the object (visit.save()) stores what their tests chose.
    private readonly Dictionary<string, ImmutableList<Guard>> _madeFromChosen = new(StringComparer.Ordinal);
    // The states at the gotos that jump forward to a label not walked yet, by label: they reach the point after it.
    private readonly Dictionary<string, FlowState> _gotos = new(StringComparer.Ordinal);
    private readonly bool _tracksWrites;
    private readonly IReadOnlyDictionary<string, bool>? _fixedFlags;
    private int _nextInstance = 1;
    private FlowState _state;

    /// <param name="scope">The function's scope.</param>
    /// <param name="initial">The locks held on entry.</param>
    /// <param name="tracksWrites">Whether to keep what every path has written (<see cref="WritesOnEveryPath"/>), which
    /// only a method's summary needs.</param>
    /// <param name="fixedFlags">Flag parameters (<see cref="FlagTested(FunctionDecl, IrExpression)"/>) a call gives a fixed value: a branch on one
    /// runs only the way that value takes.</param>
    public FlowWalker(FunctionScope scope, IEnumerable<HeldLock> initial, bool tracksWrites = false, IReadOnlyDictionary<string, bool>? fixedFlags = null)
    {
        _scope = scope;
        _tracksWrites = tracksWrites;
        _fixedFlags = fixedFlags;
        _effects = new EffectResolver(scope, fixedFlags);
        _state = FlowState.Start(initial);
    }

    public IReadOnlyList<Access> Accesses => _accesses;
    public IReadOnlyList<Effect> LockEvents => _lockEvents;
    public IReadOnlyDictionary<IrNode, IReadOnlyList<HeldLock>> HeldAtCalls => _heldAtCalls;

    /// <summary>The reads the function's return values are computed from.</summary>
    public IReadOnlySet<Access> Returned => _returned;

    /// <summary>The reads the conditions on the way to each return depend on: what decides which return a predicate
    /// (<c>if err != nil { return false }; return true</c>) takes.</summary>
    public IEnumerable<Access> DecidingReturns =>
        _guardsAtReturns.SelectMany(guards => guards.Where(g => g.Kind != GuardKind.Iteration).SelectMany(g => g.Reads));

    /// <summary>Locks released here that this walk did not see taken: the caller's (an unlock helper's).</summary>
    public IReadOnlySet<string> ReleasedUnheld => _releasedUnheld;

    /// <summary>The accesses made, outside any loop, before the walk let go of a lock it did not take (its caller's) on
    /// any path, and before it took one itself: under what the caller holds at the call, whatever the function does
    /// with that lock later (<c>ms.msgs--; ms.mu.Unlock(); cb(); ms.mu.Lock()</c>).</summary>
    public IReadOnlySet<Access> BeforeLettingGo => _beforeLettingGo;

    /// <summary>The keys of the state deferred calls write as the function returns (<c>defer mb.clearLoading()</c>).</summary>
    public IReadOnlySet<string> WrittenAtExit => _writtenAtExit;

    /// <summary>The caller's locks that some way out leaves released: let go and not taken again on the way there, or
    /// let go by a deferred call. The others of <see cref="ReleasedUnheld"/> are let go and taken again before every
    /// way out (<c>fs.mu.Unlock(); cb(); fs.mu.Lock()</c>).</summary>
    public IReadOnlySet<string> ReleasedAtExit => _exitReleases;

    /// <summary>The mode a way out holds <paramref name="name"/> in (a read lock taken again is a read lock); exclusive when
    /// none holds it.</summary>
    public LockMode ModeAtExit(string name) =>
        _exits.Select(exit => exit.TryGetValue(name, out var held) ? held.Mode : (LockMode?)null).FirstOrDefault(m => m is not null) ?? LockMode.Exclusive;

    public void Run(Block body)
    {
        Statement(body);
        if (!_state.Terminated) Exit();
        RunDeferredLiterals();
    }

    /// <summary>A deferred function literal runs as the function returns, after everything else it does, last deferred
    /// first: its body is walked once at the end, under the locks held where it was deferred (which it may let go
    /// itself, <c>defer func() { s.mu.Unlock(); s.busy = false }()</c>), so its writes are the function's and the locks
    /// it lets go are not held when the function returns.</summary>
    private void RunDeferredLiterals()
    {
        for (var i = _deferredLiterals.Count - 1; i >= 0; i--)
        {
            var (literal, held) = _deferredLiterals[i];
            _state = _state with { Held = held, Guards = [], Terminated = false };
            var events = _lockEvents.Count;
            InlineBody(literal);
            _deferredReleases.UnionWith(_lockEvents.Skip(events).Where(e => e.Kind == EffectKind.Release && e.Lock is not null && held.ContainsKey(e.Lock)).Select(e => e.Lock!));
        }
    }

    /// <summary>True when every way out that returns (not one that raises) has written <paramref name="resourceKey"/>
    /// on the way there.</summary>
    public bool WritesOnEveryPath(string resourceKey) => _writtenAtExits.Count > 0 && _writtenAtExits.All(written => written.Contains(resourceKey));

    private void Exit()
    {
        foreach (var (name, taken) in _deferredAcquires)
            if (!_state.Held.ContainsKey(name))
                _state = _state with
                {
                    Held = _state.Held.SetItem(name, new HeldLock(name, taken.Mode, LockOrigin.Acquired, taken.Node, _nextInstance++, [])),
                    CallerReleased = _state.CallerReleased.Remove(name),
                };
        _exits.Add(_state.Held);
        _writtenAtExits.Add(_state.Written);
        _exitReleases.UnionWith(_state.CallerReleased);
    }

    /// <summary>Locks this function took and holds on every way out (return or the end of the body), not released by a
    /// deferred call: it returns holding them.</summary>
    public IEnumerable<HeldLock> HeldOnEveryExit()
    {
        if (_exits.Count == 0) return [];
        return _exits[0].Values
            .Where(h => h.Origin == LockOrigin.Acquired && !_deferredReleases.Contains(h.Name)
                        && _exits.All(exit => exit.TryGetValue(h.Name, out var there) && there.Origin == LockOrigin.Acquired))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
    }

    /// <summary>The locks the function took itself and holds at every point where it runs its caller's <c>with</c>
    /// block (<see cref="ILanguageFacts.RunsScopeBody"/>); none when it has no such point.</summary>
    public IEnumerable<HeldLock> HeldForEveryScopeBody()
    {
        if (_atScopeBodies.Count == 0) return [];
        return _atScopeBodies[0].Values
            .Where(h => h.Origin is LockOrigin.Acquired or LockOrigin.Scope
                        && _atScopeBodies.All(at => at.TryGetValue(h.Name, out var there) && there.Origin == h.Origin))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
    }

    private void Statement(IrStatement statement)
    {
        if (_state.Terminated) return;
        switch (statement)
        {
            case Block block: BlockStatement(block); break;
            case ExpressionStatement e:
                Eval(e.Expression);
                if (e.Expression is CallExpression call && _scope.Package.Facts.NeverReturns(call)) Terminate();
                break;
            case Assignment a: AssignmentStatement(a); break;
            case IfStatement i: IfStatementFlow(i); break;
            case LoopStatement l: Loop(l); break;
            case SwitchStatement s: Switch(s); break;
            case ReturnStatement r: Return(r); break;
            case RaiseStatement r: Eval(r.Exception); Eval(r.Cause); Terminate(); break;
            case JumpStatement { JumpKind: JumpKind.Break or JumpKind.Continue }: LeaveLoopBody(); break;
            case JumpStatement { JumpKind: JumpKind.Goto, Label: { } label }: GoTo(label); break;
            case JumpStatement { JumpKind: JumpKind.Goto }: Terminate(); break;
            case WithStatement w: With(w); break;
            case DeferStatement d: Defer(d); break;
            case SpawnStatement s: Spawn(s); break;
            case TryStatement t: Try(t); break;
            case LabeledStatement l: Statement(l.Statement); break;
            case DeleteStatement d:
                foreach (var target in d.Targets) Write(target, [], removes: true);
                break;
            case OtherStatement o:
                foreach (var item in o.Items.OfType<IrExpression>()) Eval(item);
                break;
        }
    }

    /// <summary>A return ends the function, or, inside a function literal called where it stands, only that call.</summary>
    private void Return(ReturnStatement statement)
    {
        var values = EvalAll(statement.Values).AddRange(statement.Values.SelectMany(ChoosingReads));
        if (_inlineCalls.TryPeek(out var inline))
        {
            inline.Returned.UnionWith(values);
            inline.Exits.Add(_state);
        }
        else
        {
            _returned.UnionWith(values);
            _guardsAtReturns.Add(_state.Guards);
            Exit();
            // A function literal handed back (an unsubscribe or cancel function), itself or through the local bound to
            // it, runs later, whenever and wherever the caller calls it, with none of the locks held here.
            foreach (var value in statement.Values)
                if ((value as FunctionLiteral ?? (value is NameExpression { Name: var local } ? _scope.ValueOf(local, value) as FunctionLiteral : null)) is { } literal)
                    RunApart(literal);
        }
        Terminate();
    }

    /// <summary>A function literal called where it is written (<c>func() { w.Lock(); defer w.Unlock(); ... }()</c>)
    /// runs then and there: its body is walked in place, its returns end only it, and its deferred releases run when
    /// it returns. So the locks it holds cover the calls it makes, and the caller's flow goes on after it.</summary>
    private ImmutableList<Access> InlineCall(CallExpression call, FunctionLiteral literal) =>
        EvalArguments(call.Arguments).AddRange(InlineBody(literal));

    /// <summary>Walks a function literal's body where it runs; the reads its returns give.</summary>
    private IEnumerable<Access> InlineBody(FunctionLiteral literal)
    {
        var guards = _state.Guards;
        var inline = new InlineFrame();
        _inlineCalls.Push(inline);
        Statement(literal.Body);
        _inlineCalls.Pop();
        var end = inline.Exits.Aggregate(_state, FlowState.Merge);
        var held = end.Held;
        foreach (var released in inline.DeferredReleases) held = held.Remove(released);
        _state = end with { Held = held, Terminated = false, Guards = guards };
        return inline.Returned;
    }

    private sealed class InlineFrame
    {
        public List<FlowState> Exits { get; } = [];
        public HashSet<Access> Returned { get; } = [];
        public HashSet<string> DeferredReleases { get; } = new(StringComparer.Ordinal);
    }

    private void BlockStatement(Block block)
    {
        var guards = _state.Guards;
        ScopeBody(block);
        if (!_state.Terminated) _state = _state with { Guards = guards };
    }

    /// <summary>The statements of a with or try body: an early exit inside it (a return under a check) decides
    /// whether the code after the statement runs, so its guards stay.</summary>
    private void ScopeBody(Block block)
    {
        var guards = _state.Guards;
        foreach (var statement in block.Statements)
        {
            // A label that gotos reach runs from them too, under the block's own conditions: each goto had its own.
            if (statement is LabeledStatement { Label: var label } && _gotos.Remove(label, out var jumped))
                _state = FlowState.Merge(_state, jumped) with { Guards = guards };
            else if (_state.Terminated)
            {
                if (_gotos.Count == 0) return;
                continue;
            }
            Statement(statement);
        }
    }

    private void AssignmentStatement(Assignment assignment)
    {
        var perValue = new List<ImmutableList<Access>>(assignment.Values.Count);
        foreach (var value in assignment.Values) perValue.Add(Eval(value));
        // Values that do not pair with the targets one to one (a, b = f()) each flow into every target.
        var all = perValue.Count == assignment.Targets.Count ? null : perValue.SelectMany(v => v).Distinct().ToImmutableList();
        for (var i = 0; i < assignment.Targets.Count; i++)
        {
            var target = assignment.Targets[i];
            var sources = all ?? perValue[i];
            if (assignment.IsAugmented) sources = sources.AddRange(Eval(target));
            if (target is NameExpression name && _scope.ResourceOf(name) is null)
            {
                if (all is null && assignment.Values[i] is LiteralExpression or InterpolatedString) sources = sources.AddRange(FlaggedBy());
                Taint(name.Name, assignment.IsAugmented ? sources.AddRange(CountedBy()) : sources);
                if (_state.Guards.Any(IsIfBranch)) _assignedUnder[name.Name] = _state.Guards.Where(IsIfBranch).ToImmutableList();
                else _assignedUnder.Remove(name.Name);
                if (ChoosersOfParts(all is null ? assignment.Values[i] : null) is { Count: > 0 } parts) _madeFromChosen[name.Name] = parts;
                else _madeFromChosen.Remove(name.Name);
            }
            else
                WriteChosen(target, sources, assignment, assignment.Values.Count == assignment.Targets.Count ? assignment.Values[i] : null);
            // A function literal kept in a field of the receiver (s.onStop = func() { … }) runs later, whenever and wherever
            // the object's users call it, with none of the locks held here.
            if (assignment.Values.Count == assignment.Targets.Count && assignment.Values[i] is FunctionLiteral kept
                && target is MemberAccess { Target: var holder } && _scope.IsReceiver(holder))
                RunApart(kept);
        }
    }

    /// <summary>What decides whether a local raised or lowered in place here (<c>n++</c>, <c>total += size</c>) changes:
    /// the reads of the conditions and the loops around it. A count of the items that pass a test (<c>for _, w :=
    /// range p.workers { if !w.dead { n++ } }</c>) is made from the state those read, though no value of it flows in.</summary>
    private IEnumerable<Access> CountedBy() => _state.Guards.SelectMany(g => g.Reads);

    /// <summary>What decides a constant a local is given inside an if (<c>error = None; if db.execute(…).fetchone():
    /// error = "taken"</c>): the reads of the ifs' tests, which a later test of the local (<c>if error is None:</c>)
    /// asks again.</summary>
    private IEnumerable<Access> FlaggedBy() => _state.Guards.Where(IsIfBranch).SelectMany(g => g.Reads);

    /// <summary>The local <paramref name="name"/> now derives from <paramref name="sources"/>. A local derived from nothing
    /// reads as one never assigned, so it is only noted over an earlier value.</summary>
    private void Taint(string name, ImmutableList<Access> sources)
    {
        if (sources.IsEmpty && !_state.Taint.ContainsKey(name)) return;
        _state = _state with { Taint = _state.Taint.SetItem(name, sources) };
    }

    private static bool IsIfBranch(Guard guard) => guard is { Kind: GuardKind.Branch, Condition.Parent: IfStatement };

    /// <summary>A write of <paramref name="value"/> by <paramref name="store"/>, under the guards of what chose it
    /// (<see cref="UnderChoosers"/>).</summary>
    private void WriteChosen(IrExpression target, ImmutableList<Access> sources, Assignment store, IrExpression? value) =>
        UnderChoosers(ChosenBy(store, value), sources, chosen => Write(target, chosen));

    /// <summary>The guards of the ifs before <paramref name="statement"/> in its block that chose the parts of the object
    /// a local holds that <paramref name="call"/> is made on (<c>visit.save()</c>, <see cref="_madeFromChosen"/>).</summary>
    private IEnumerable<Guard> MadeFromChosen(IrStatement statement, CallExpression call) =>
        call.Callee is MemberAccess { Target: NameExpression { Name: var local } } && _madeFromChosen.TryGetValue(local, out var under) ? InBlockOf(statement, under) : [];

    /// <summary>The guards of the ifs that chose the locals a value is made from (<c>visit = Visit(status=status)</c>, after
    /// <c>if n &gt;= limit: status = "over"</c>): the value they go into is chosen by them too.</summary>
    private ImmutableList<Guard> ChoosersOfParts(IrExpression? value) =>
        value is null or NameExpression || _assignedUnder.Count == 0
            ? []
            : value.DescendantsAndSelf().OfType<NameExpression>().SelectMany(n => _assignedUnder.GetValueOrDefault(n.Name) ?? []).Distinct().ToImmutableList();

    /// <summary>The guards of the ifs before <paramref name="statement"/> in its block that gave <paramref name="value"/>,
    /// a local, its value (v := m[k]; if v == nil { v = make() }): a store of it stores what their tests chose.</summary>
    private List<Guard> ChosenBy(IrStatement statement, IrExpression? value) =>
        value is NameExpression { Name: var local } && _assignedUnder.TryGetValue(local, out var under) ? InBlockOf(statement, under).ToList() : [];

    // The ifs among the guards that ended before the statement, in its own block.
    private IEnumerable<Guard> InBlockOf(IrStatement statement, IEnumerable<Guard> guards) =>
        guards.Where(g => !_state.Guards.Contains(g) && g.Condition.Parent is IfStatement { Parent: Block block } && ReferenceEquals(block, statement.Parent));

    /// <summary>Runs <paramref name="write"/> also under the <paramref name="ended"/> guards that chose the value it
    /// stores. Where their tests left the local as they read it, the write stores back what they read, which changes
    /// nothing: those reads are no source of the write.</summary>
    private void UnderChoosers(List<Guard> ended, ImmutableList<Access> sources, Action<ImmutableList<Access>> write)
    {
        if (ended.Count == 0)
        {
            write(sources);
            return;
        }
        var guards = _state.Guards;
        _state = _state with { Guards = guards.AddRange(ended) };
        write(sources.RemoveAll(source => ended.Any(g => g.Reads.Contains(source))));
        _state = _state with { Guards = guards };
    }

    private void Write(IrExpression target, ImmutableList<Access> sources, bool removes = false)
    {
        if (target is IndexExpression subscript && !removes && _effects.OfSubscript(subscript, assigns: true) is { Count: > 0 } setter)
        {
            sources = sources.AddRange(EvalAll(subscript.Indices));
            foreach (var effect in setter.Where(e => e.Resource is not null)) Record(effect, sources);
        }
        else if (_scope.ResourceOf(target) is var resource && (_scope.ReferenceOf(target, resource) ?? resource) is { Kind: not ResourceKind.ExternalStore } written)
        {
            if (target is IndexExpression index) sources = sources.AddRange(EvalAll(index.Indices));
            Record(new Effect(EffectKind.Write, target, written, Detail: removes ? "deletion" : "assignment", Removes: removes), sources);
        }
        else
        {
            foreach (var child in target.Children.OfType<IrExpression>()) Eval(child);
        }
    }

    // A store field compared with nothing (c.client == nil), which asks whether the field holds one yet, or handed back
    // as it is (return c.client): a read of the field, not a call on the store.
    private bool ReadAsReference(IrExpression field) =>
        field.Parent is ReturnStatement
        || field.Parent is IrExpression test && ValueTests.Equality(test, _scope.Package.Facts) is var (left, right, _)
        && (ValueTests.IsEmpty(left) && ReferenceEquals(right, field) || ValueTests.IsEmpty(right) && ReferenceEquals(left, field));

    private void IfStatementFlow(IfStatement statement)
    {
        if (statement.Init is not null) Statement(statement.Init);
        var before = _state;
        var guard = new Guard(statement.Condition, GuardKind.Branch, Eval(statement.Condition));
        var guarded = _state with { Guards = _state.Guards.Add(guard) };
        var flag = FlagTested(statement.Condition);
        if (flag is { } known && _fixedFlags is not null && _fixedFlags.TryGetValue(known.Name, out var value))
        {
            if (value == known.WhenThen) Statement(statement.Then);
            else if (statement.Else is not null) Statement(statement.Else);
            return;
        }

        // A branch on a flag: the join keeps what each value of it leaves (MergeOnFlag).
        _state = flag is { } onThen ? guarded.Assuming(onThen.Name, onThen.WhenThen) : guarded;
        Branch(statement.Then);
        var afterThen = _state;

        _state = flag is { } onElse ? guarded.Assuming(onElse.Name, !onElse.WhenThen) : guarded;
        if (statement.Else is not null) Branch(statement.Else);
        var afterElse = _state;

        var merged = flag is not { } tested ? FlowState.Merge(afterThen, afterElse)
            : tested.WhenThen ? FlowState.MergeOnFlag(afterThen, afterElse, tested.Name, guarded.Guards)
            : FlowState.MergeOnFlag(afterElse, afterThen, tested.Name, guarded.Guards);
        // A return or raise made inside a branch that goes on (if s.appendOnly { if found { return } }) decides the code
        // after the if as one made before it would, unless that branch goes on under a lock the join lets go of: what
        // it decides there runs under that lock. A continue or break there decides only the rest of its loop's turn.
        var exits = ExitsInside(afterThen, guarded, merged).Union(ExitsInside(afterElse, guarded, merged)).ToList();
        _state = merged with { Guards = exits.Count == 0 ? before.Guards : before.Guards.AddRange(exits) };
        if (afterThen.Terminated != afterElse.Terminated && !_state.Terminated)
        {
            var exit = guard with { Kind = GuardKind.EarlyExit };
            _state = _state with { Guards = _state.Guards.Add(exit) };
            if (_searchExits.TryPeek(out var leaving) && LeavesFunction(afterThen.Terminated ? statement.Then : statement.Else)) leaving.Add(exit);
        }
    }

    private static IEnumerable<Guard> ExitsInside(FlowState after, FlowState entered, FlowState joined) =>
        after.Terminated || after.Guards.Count <= entered.Guards.Count || after.Held.Keys.Any(name => !joined.Held.ContainsKey(name)) ? []
            : after.Guards.Where(g => !entered.Guards.Contains(g)
                                     && (g.Kind == GuardKind.EarlyExit && g.Condition.Parent is IfStatement exit && (LeavesFunction(exit.Then) || LeavesFunction(exit.Else))
                                         || HandlerAfterLeavingBody(g)));

    // A handler's guard, when the try's body returns or raises: the code after the try runs only when the body failed
    // (try: existing = self.get(k); raise Conflict(existing) except NotFound: pass), as after an early exit.
    private static bool HandlerAfterLeavingBody(Guard guard) =>
        guard.Kind == GuardKind.Branch && (guard.Condition as ExceptHandler ?? guard.Condition.Parent as ExceptHandler) is { Parent: TryStatement @try }
        && LeavesFunction(@try.Body);

    // The early exits inside a branch stay to its end, where the join keeps them (ExitsInside).
    private void Branch(IrStatement branch)
    {
        if (branch is Block block) ScopeBody(block);
        else Statement(branch);
    }

    /// <summary>True when the branch ends by returning or raising, not by leaving a loop.</summary>
    private static bool LeavesFunction(IrStatement? branch) =>
        (branch is Block block ? block.Statements.LastOrDefault() : branch) is ReturnStatement or RaiseStatement;

    /// <summary>The flag a condition tests and the value it takes in the then branch: a parameter of the function the
    /// function never assigns, bare or negated (<c>if hasLock</c>, <c>if !hasLock</c>). Its value is the same in every
    /// branch on it, so a lock one such branch takes is held in the next branch on the same value.</summary>
    private (string Name, bool WhenThen)? FlagTested(IrExpression condition) => FlagTested(_scope.Function, condition);

    /// <summary>The flag parameter of <paramref name="function"/> that <paramref name="condition"/> tests, as
    /// <see cref="FlagTested(IrExpression)"/> says.</summary>
    internal static (string Name, bool WhenThen)? FlagTested(FunctionDecl function, IrExpression condition)
    {
        var negated = condition is UnaryExpression { Operator: "!" };
        if ((negated ? ((UnaryExpression)condition).Operand : condition) is not NameExpression { Name: var name }
            || function.Parameters.All(p => p.Name != name) || GivenParameters.Assigned(function, name)) return null;
        return (name, !negated);
    }

    private void Loop(LoopStatement loop)
    {
        if (loop.Init is not null) Statement(loop.Init);
        var before = _state;
        var reads = Eval(loop.Iterable).AddRange(Eval(loop.Condition));
        foreach (var target in loop.Targets.OfType<NameExpression>())
            Taint(target.Name, reads);
        IrNode? header = loop.Iterable ?? (IrNode?)loop.Condition;
        if (header is not null)
            _state = _state with { Guards = _state.Guards.Add(new Guard(header, loop.Iterable is null ? GuardKind.Branch : GuardKind.Iteration, reads)) };
        // Items a loop before picked by testing the state are each decided by that test, as if it were made here.
        if (loop.Iterable is NameExpression { Name: var collection } && _chosenBy.TryGetValue(collection, out var chosen))
            _state = _state with { Guards = _state.Guards.Add(new Guard(loop.Iterable, GuardKind.Branch, chosen)) };
        _loopExits.Push([]);
        _searchExits.Push([]);
        _loopBodyGuards.Push(_state.Guards.Count);
        var bodyStart = _accesses.Count;
        Statement(loop.Body);
        _loopBodyGuards.Pop();
        var exits = _loopExits.Pop();
        var targets = loop.Targets.OfType<NameExpression>().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var leaving = _searchExits.Pop().Where(exit => ComparesTaken(exit.Condition, targets)).ToList();
        if (loop.Post is not null) Statement(loop.Post);
        var afterBody = _state with { Terminated = false };
        // After a search (for k := range m { if k == key { return } }), only a run that found nothing goes on: an exit
        // that compares what the loop took from the collection decides the code after it.
        _state = exits.Aggregate(FlowState.Merge(before, afterBody), FlowState.Merge) with { Guards = before.Guards.AddRange(leaving) };
        if (_searchExits.TryPeek(out var outer)) outer.AddRange(leaving);
        // A loop that only waits on a condition of shared state (while self.rate >= limit: sleep()) lets the code after
        // it run only once the condition is false, as an early exit on it would, when nothing leaves the loop before
        // then. A loop whose body reaches shared state works (while not stopped: sample()), and one that moves its own
        // variables on (while p and not exists(p): p = dirname(p)) walks; neither waits.
        if (loop is { Condition: { } waited, Iterable: null, Init: null, Post: null } && !reads.IsEmpty && _accesses.Count == bodyStart
            && !BreaksOutOf(loop.Body) && !JumpsAway(loop.Body)
            && !loop.Body.AssignsName(waited.DescendantsAndSelf().OfType<NameExpression>().Select(n => n.Name).ToHashSet(StringComparer.Ordinal).Contains))
            _state = _state with { Guards = _state.Guards.Add(new Guard(waited, GuardKind.EarlyExit, reads)) };
        if (loop.Else is not null) Statement(loop.Else);
    }

    /// <summary>True when the condition compares something the loop took (<paramref name="targets"/>) with another value.</summary>
    private bool ComparesTaken(IrNode condition, IReadOnlySet<string> targets) =>
        condition is IrExpression test && ValueTests.Equality(test, _scope.Package.Facts) is var (left, right, _)
        && left.DescendantsAndSelf().Concat(right.DescendantsAndSelf()).OfType<NameExpression>().Any(n => targets.Contains(n.Name));

    private void Switch(SwitchStatement statement)
    {
        if (statement.Init is not null) Statement(statement.Init);
        var subject = statement.Subject switch
        {
            IrExpression e => Eval(e),
            IrStatement s => StatementReads(s),
            _ => [],
        };
        var before = _state;
        // Each case's labels, with the state they leave (a select case's receive binds its variable).
        var labels = statement.Cases.Select(@case =>
        {
            _state = before;
            var reads = @case.Labels.Aggregate(ImmutableList<Access>.Empty,
                (all, label) => all.AddRange(label is IrStatement s ? StatementReads(s) : Eval(label as IrExpression)));
            return (Reads: reads, State: _state);
        }).ToList();
        // The default runs when no other case matched (no channel was ready): every case's label decides it. A select's
        // other cases run on a receive or send that happened in the same step as the choice, which no one can make stale.
        var everyLabel = labels.Aggregate(ImmutableList<Access>.Empty, (all, label) => all.AddRange(label.Reads));
        var select = statement.SwitchKind == SwitchKind.Select;
        FlowState? joined = null;
        for (var i = 0; i < statement.Cases.Count; i++)
        {
            var @case = statement.Cases[i];
            _state = labels[i].State;
            var reads = subject.AddRange(@case.IsDefault ? everyLabel : select ? [] : labels[i].Reads);
            _state = _state with { Guards = _state.Guards.Add(new Guard(statement.Subject ?? (IrNode)@case, GuardKind.Branch, reads)) };
            Statement(@case.Body);
            joined = joined is null ? _state : FlowState.Merge(joined, _state);
        }
        // A select with no default waits until one of its cases can run: no path goes round it, unless a case's plain
        // break leaves the select early (LeaveLoopBody takes that one to the loop's end).
        var runsACase = statement.Cases.Any(c => c.IsDefault)
                        || select && statement.Cases.Count > 0 && !statement.Cases.Any(c => BreaksOutOf(c.Body));
        var end = joined is null ? before : runsACase ? joined : FlowState.Merge(joined, before);
        if (select || !end.Terminated) end = end with { Terminated = end.Terminated && runsACase };
        _state = end with { Guards = before.Guards };
        // Some cases leave the function (select { case <-done: return; default: }) and the code after the statement
        // runs only when another case was chosen: the subject and every label decide it, as an if that returns does.
        if (!_state.Terminated && statement.Cases.Any(c => c.Body.Statements.LastOrDefault() is ReturnStatement or RaiseStatement))
            _state = _state with { Guards = _state.Guards.Add(new Guard(statement.Subject ?? (IrNode)statement, GuardKind.EarlyExit, subject.AddRange(everyLabel))) };
    }

    /// <summary>True when a break with no label in <paramref name="body"/> leaves the statement the body belongs to: one
    /// not inside a loop or switch of its own.</summary>
    private static bool BreaksOutOf(Block body) =>
        body.DescendantsAndSelf().OfType<JumpStatement>().Any(j => j is { JumpKind: JumpKind.Break, Label: null }
            && !j.Ancestors().TakeWhile(a => !ReferenceEquals(a, body)).Any(a => a is LoopStatement or SwitchStatement));

    /// <summary>True when a labelled break or a goto in <paramref name="body"/> may leave it for a statement further out.</summary>
    private static bool JumpsAway(Block body) =>
        body.DescendantsAndSelf().OfType<JumpStatement>().Any(j => j is { JumpKind: JumpKind.Break or JumpKind.Goto, Label: not null });

    private ImmutableList<Access> StatementReads(IrStatement statement)
    {
        var start = _accesses.Count;
        Statement(statement);
        return _accesses.Skip(start).Where(a => a.Effect.Kind == EffectKind.Read).ToImmutableList();
    }

    private void With(WithStatement statement)
    {
        var before = _state;
        var acquired = new List<HeldLock>();
        foreach (var item in statement.Items)
        {
            var reads = Eval(item.Context);
            var scopeLocks = item.Context is CallExpression factory ? _effects.ScopeLocks(factory) : [];
            foreach (var effect in _scope.Package.Facts.EffectsOfScope(item, _scope).Concat(scopeLocks))
            {
                if (effect.Kind == EffectKind.Acquire && effect.Lock is not null)
                {
                    var held = new HeldLock(effect.Lock, effect.Mode, LockOrigin.Scope, item, _nextInstance++, [], effect.Helper);
                    acquired.Add(held);
                    _lockEvents.Add(effect);
                    _state = _state with { Held = _state.Held.SetItem(held.Name, held) };
                }
                else if (effect.Kind == EffectKind.TransactionBegin)
                {
                    _state = _state with { Transaction = item };
                }
            }
            if (item.Target is NameExpression target)
                Taint(target.Name, reads);
        }
        ScopeBody(statement.Body);
        var held2 = _state.Held;
        foreach (var lockHeld in acquired)
            if (held2.TryGetValue(lockHeld.Name, out var current) && current.Instance == lockHeld.Instance)
                held2 = held2.Remove(lockHeld.Name);
        _state = _state with { Held = held2, Transaction = before.Transaction };
    }

    /// <summary>A function literal started concurrently (<c>go func() { … }()</c>, <c>g.Go(func() error { … })</c>) runs
    /// its body on its own goroutine, later and holding none of the starter's locks; the starter's flow goes on at once,
    /// untouched by the body. The body is walked apart, so its checks and acts pair with each other only: a check the
    /// starter makes before the go statement decides whether the goroutine starts, and starters commonly claim the work
    /// under their lock first (a pending mark) for the goroutine to finish. A started named function or method is walked
    /// in its own model.</summary>
    private void Spawn(SpawnStatement spawn)
    {
        if (spawn.Call is not CallExpression { Callee: FunctionLiteral literal } call) return;
        EvalArguments(call.Arguments);
        RunApart(literal);
    }

    /// <summary>A started literal's body (a go statement's, or one a call hands to a goroutine or thread): walked with
    /// none of the starter's locks and conditions, and leaving the starter's flow as it was.</summary>
    private void RunApart(FunctionLiteral literal)
    {
        var starter = _state;
        _state = starter with { Held = starter.Held.Clear(), Guards = [] };
        InlineBody(literal);
        _state = starter;
    }

    private void Defer(DeferStatement statement)
    {
        // A deferred release runs when the function (or the inline call) returns: the lock stays held to the end; a
        // deferred acquire of a lock the function let go takes it again there (Exit). Other deferred calls run at exit
        // too, after everything this walk orders, so they are not effects at this point; a deferred literal's body is
        // walked at the end (RunDeferredLiterals).
        if (statement.Call is not CallExpression call) return;
        var deferredReleases = _inlineCalls.TryPeek(out var inline) ? inline.DeferredReleases : _deferredReleases;
        // defer s.lock()(): the inner call runs now, and what it hands back, run at exit, undoes it: a lock it returns
        // holding stays held to the end of the function.
        if (call.Callee is CallExpression made)
        {
            Eval(made);
            foreach (var taken in _effects.OfCall(made).Where(e => e.Kind == EffectKind.Acquire && e.Lock is not null))
            {
                _lockEvents.Add(new Effect(EffectKind.Release, call, Lock: taken.Lock, Mode: taken.Mode));
                deferredReleases.Add(taken.Lock!);
            }
        }
        // Deferred calls run last in, first out: one deferred after a lock's deferred release runs while the lock is
        // still held, as do the locks the caller holds.
        _heldAtCalls[call] = HeldNow().Where(h => h.Origin is LockOrigin.Caller or LockOrigin.Convention || deferredReleases.Contains(h.Name)).ToList();
        if (call.Callee is FunctionLiteral literal)
        {
            if (inline is null) _deferredLiterals.Add((literal, _state.Held));
            return;
        }
        var effects = _effects.OfCall(call);
        _writtenAtExit.UnionWith(effects.Where(e => e.Kind == EffectKind.Write && e.Resource is not null).Select(e => e.Resource!.Key));
        foreach (var effect in effects.Where(e => e.Lock is not null))
        {
            if (effect.Kind == EffectKind.Acquire)
            {
                // A lock the function let go and takes again as it returns: its caller holds it after the call.
                if (inline is not null || call.Callee is CallExpression || !_deferredAcquires.TryAdd(effect.Lock!, effect)) continue;
                _lockEvents.Add(effect);
                continue;
            }
            if (effect.Kind != EffectKind.Release) continue;
            _lockEvents.Add(effect);
            deferredReleases.Add(effect.Lock!);
            if (_state.Held.ContainsKey(effect.Lock!)) continue;
            _releasedUnheld.Add(effect.Lock!);
            _exitReleases.Add(effect.Lock!);
        }
    }

    private void Try(TryStatement statement)
    {
        var before = _state;
        var start = _accesses.Count;
        ScopeBody(statement.Body);
        // A handler runs only when the body failed: what the body's failing reads read decides it (a lookup that raised
        // DoesNotExist decides the create in its handler, a subscript that raised KeyError the store in its handler). A
        // read that cannot fail (a Java field's) does not, nor does one an if or a loop of the body tests: it answers by
        // its value, which decides that branch, not whether the body fails.
        var tried = _accesses.Skip(start).Where(a => a.Effect.Kind == EffectKind.Read && CanFail(a.Effect.Node) && !IsTestedIn(statement.Body, a.Effect.Node)).ToList();
        var afterBody = _state;
        if (statement.Else is not null)
        {
            Statement(statement.Else);
            afterBody = _state;
        }
        var joined = afterBody;
        foreach (var handler in statement.Handlers)
        {
            _state = tried.Count == 0 ? before
                : before with { Guards = before.Guards.Add(new Guard(handler.TypeExpression ?? (IrNode)handler, GuardKind.Branch, tried)) };
            if (handler.Name is not null) _state = _state with { Taint = _state.Taint.Remove(handler.Name) };
            Statement(handler.Body);
            joined = FlowState.Merge(joined, _state);
        }
        if (statement.Finally is not null)
        {
            var terminated = joined.Terminated;
            _state = joined with { Terminated = false };
            Statement(statement.Finally);
            _state = _state with { Terminated = _state.Terminated || terminated };
        }
        else
        {
            _state = joined;
        }
    }

    private bool CanFail(IrNode read) => read switch
    {
        CallExpression => true,
        IndexExpression entry => _scope.Package.Facts.ReadOfMissingEntryFails(entry),
        MemberAccess member => _scope.Package.Facts.ReadOfMissingMemberFails(member),
        _ => false,
    };

    private static bool IsTestedIn(Block body, IrNode read) =>
        read.Ancestors().TakeWhile(a => !ReferenceEquals(a, body)).Any(a =>
            a is IfStatement { Condition: var test } && test.Span.Contains(read.Span) || a is LoopStatement { Condition: { } loopTest } && loopTest.Span.Contains(read.Span));

    private ImmutableList<Access> EvalAll(IReadOnlyList<IrExpression> expressions)
    {
        var all = ImmutableList<Access>.Empty;
        for (var i = 0; i < expressions.Count; i++) all = all.AddRange(Eval(expressions[i]));
        return all;
    }

    private ImmutableList<Access> EvalArguments(IReadOnlyList<Argument> arguments)
    {
        var all = ImmutableList<Access>.Empty;
        for (var i = 0; i < arguments.Count; i++) all = all.AddRange(Eval(arguments[i].Value));
        return all;
    }

    /// <summary>The reads of an expression's operands, then of its arguments.</summary>
    private ImmutableList<Access> EvalParts(IrExpression expression)
    {
        var all = ImmutableList<Access>.Empty;
        var children = expression.Children;
        for (var i = 0; i < children.Count; i++)
            if (children[i] is IrExpression operand) all = all.AddRange(Eval(operand));
        for (var i = 0; i < children.Count; i++)
            if (children[i] is Argument argument) all = all.AddRange(Eval(argument.Value));
        return all;
    }

    private ImmutableList<Access> Eval(IrExpression? expression)
    {
        switch (expression)
        {
            case null or LiteralExpression or FunctionLiteral:
                return [];
            case NameExpression when _scope.ResourceOf(expression) is { } global:
                return [Record(new Effect(EffectKind.Read, expression, global, Detail: "read"), [])];
            case NameExpression name:
                return _state.Taint.TryGetValue(name.Name, out var tainted) ? tainted : [];
            case CallExpression { Callee: FunctionLiteral literal } call:
                return InlineCall(call, literal);
            // A call of a local the function bound to a function literal (get := func(k string) int { … }; get(k)) runs
            // the literal there, as a call written with the literal itself does; one the literal makes of itself does not
            // run it again, and helpers calling helpers are followed only a few deep, so that generated chains of them
            // cost neither the stack nor a walk of the whole chain at every call.
            case CallExpression { Callee: NameExpression { Name: var local } } call
                when _inlining.Count < MaxLocalHelperDepth && _scope.ValueOf(local, call) is FunctionLiteral bound && !_inlining.Contains(bound):
                _inlining.Add(bound);
                var ran = InlineCall(call, bound);
                _inlining.Remove(bound);
                return ran;
            case CallExpression call:
                return Call(call);
            case BinaryExpression test when _scope.Package.Facts.IsMembershipTest(test) && _effects.OfMembership(test) is { Count: > 0 } contains:
                return RecordAfter(Eval(test.Left), contains);
            case BinaryExpression test when _scope.Package.Facts.IsMembershipTest(test)
                                            && _scope.ContainerOf(test.Right) is { } container:
                var key = Eval(test.Left);
                return key.Add(Record(new Effect(EffectKind.Read, test.Right, container with { Kind = ResourceKind.Element }, Detail: "read"), key));
            // The right operand of a boolean and/or, or a branch of a conditional expression (os.path.exists(p) or
            // os.makedirs(p), open(p).read() if os.path.exists(p) else None), runs only as the condition decides.
            case BinaryExpression logic when IsShortCircuit(logic):
                return Decided(logic.Left, logic.Right);
            case ConditionalExpression choice:
                return Decided(choice.Condition, choice.WhenTrue, choice.WhenFalse);
            // A channel that holds one item, used as a lock: a send takes it, a receive lets it go.
            case UnaryExpression take when _scope.Package.Facts.Receive(take) is { } release && _scope.Package.IsLockChannel(release.Channel, _scope):
                var released = _scope.Normalize(release.Channel);
                Release(new Effect(EffectKind.Release, take, Lock: released), released);
                return [];
            case BinaryExpression operation when _scope.Package.Facts.Send(operation) is { } acquire && _scope.Package.IsLockChannel(acquire.Channel, _scope):
                var given = Eval(operation.Right);
                var held = _scope.Normalize(acquire.Channel);
                Acquire(new Effect(EffectKind.Acquire, operation, Lock: held), held, operation);
                return given;
            case UnaryExpression take when _scope.Package.Facts.Receive(take) is { } receive:
                Eval(take.Operand);
                if (_scope.ResourceOfOrTakenFrom(receive.Channel) is { } source)
                    Record(new Effect(receive.OneStep ? EffectKind.AtomicCheckAndAct : EffectKind.Write, take, source.Contents, Detail: "receive", TakesOne: true), []);
                return [];
            case BinaryExpression operation when _scope.Package.Facts.Send(operation) is { } send && _scope.ResourceOfOrTakenFrom(send.Channel, throughCopies: true, ofItem: true) is { } channel:
                var sent = Eval(operation.Right);
                // A select's send waits for room in one step, but a channel a local took from the state can be closed
                // meanwhile, and a send on it panics in a select too.
                var oneStep = send.OneStep && _scope.ResourceOf(send.Channel) is not null;
                var sending = Record(new Effect(oneStep ? EffectKind.AtomicCheckAndAct : EffectKind.Write, operation, channel.Contents, Detail: "send", Appends: !oneStep), sent);
                return oneStep ? sent.Add(sending) : sent;
            // Taking the address of state to keep it (a pointer stored in a struct or a variable) reads nothing of it;
            // only the indices that pick an element are evaluated. A call handed the address may read through it.
            case UnaryExpression taken when taken.Parent is not Argument && _scope.Package.Facts.WrittenThrough(taken) is { } addressed and (MemberAccess or IndexExpression):
                return addressed is IndexExpression element ? EvalAll(element.Indices) : [];
            case IndexExpression subscript when _effects.OfSubscript(subscript, assigns: false) is { Count: > 0 } getter:
                return RecordAfter(EvalAll(subscript.Indices), getter);
            case MemberAccess property when _effects.OfProperty(property) is { Count: > 0 } made:
                return made.Select(e => Record(e, [])).ToImmutableList();
            case MemberAccess or IndexExpression when _scope.ResourceOf(expression) is { } resource:
                if (resource.Kind == ResourceKind.ExternalStore)
                    return ReadAsReference(expression) && _scope.ReferenceOf(expression, resource) is { } reference
                        ? [Record(new Effect(EffectKind.Read, expression, reference, Detail: "read"), [])]
                        : [];
                var indices = expression is IndexExpression index ? EvalAll(index.Indices) : [];
                return indices.Add(Record(new Effect(EffectKind.Read, expression, resource, Detail: "read"), indices));
            default:
                if (_scope.Package.Facts.RunsScopeBody(expression)) _atScopeBodies.Add(_state.Held);
                return EvalParts(expression);
        }
    }

    /// <summary>The reads <paramref name="inputs"/>, then each effect on a resource, recorded as made with them.</summary>
    private ImmutableList<Access> RecordAfter(ImmutableList<Access> inputs, IReadOnlyList<Effect> effects)
    {
        var all = inputs;
        foreach (var effect in effects)
            if (effect.Resource is not null) all = all.Add(Record(effect, inputs));
        return all;
    }

    private static bool IsShortCircuit(BinaryExpression expression) => expression.Operator is "&&" or "||";

    /// <summary>True for a node the walk may record as a guard: a branch, a loop with a condition or an iterable, a switch,
    /// a handler, a conditional expression or a boolean and/or. A function with none in its body has no access with a
    /// guard.</summary>
    public static bool MayGuard(IrNode node) =>
        node is IfStatement or LoopStatement { Iterable: not null } or LoopStatement { Condition: not null } or SwitchStatement or ExceptHandler or ConditionalExpression
        || node is BinaryExpression logic && IsShortCircuit(logic);

    /// <summary>The reads of <paramref name="condition"/> and of <paramref name="branches"/>, each branch walked under a
    /// guard of the condition, as the branches of an if would be.</summary>
    private ImmutableList<Access> Decided(IrExpression condition, params IrExpression[] branches)
    {
        var tested = Eval(condition);
        var guards = _state.Guards;
        _state = _state with { Guards = guards.Add(new Guard(condition, GuardKind.Branch, tested)) };
        var reads = branches.Aggregate(tested, (all, branch) => all.AddRange(Eval(branch)));
        _state = _state with { Guards = guards };
        return reads;
    }

    private ImmutableList<Access> Call(CallExpression call)
    {
        var effects = _effects.OfCall(call);
        var inputs = EvalArguments(call.Arguments);
        NoteChoice(call);
        if (call.Callee is MemberAccess member && !_scope.IsReceiver(member.Target) && (effects.Count == 0 || _scope.ResourceOf(member.Target) is null))
            inputs = Eval(member.Target).AddRange(inputs);
        else if (call.Callee is MemberAccess { Target: var holder } && ReadOnlyToBeCalled(holder, effects))
            Eval(holder);
        else if (call.Callee is not MemberAccess and not NameExpression
                 || effects.Count == 0 && call.Callee is MemberAccess && _scope.ResourceOf(call.Callee) is { Kind: ResourceKind.Field })
            // A function value held in a field is read to be called (p.cancel()).
            inputs = Eval(call.Callee).AddRange(inputs);
        // What a call adds to a local collection (xs.append(x)) is in it from then on: a loop over it takes it out.
        if (_scope.Package.Facts.CollectionAddedTo(call) is NameExpression { Name: var collection } into && _scope.ResourceOf(into) is null && !inputs.IsEmpty)
            Taint(collection, inputs);
        RecordHeldAt(call);
        var spawned = _scope.Package.Facts.SpawnedCallable(call);
        // Callbacks and handlers are literals written as arguments; most calls have none.
        var literals = HasLiteralArgument(call);
        if (literals)
        {
            var callbackLock = _scope.Package.Facts.LockHeldForCallbacks(call, _scope);
            foreach (var callback in CallbacksRunDuring(call, spawned))
                RunCallback(callback, callbackLock is not null ? [callbackLock] : _effects.CallbackLocks(call, callback), call);
        }
        if (spawned is FunctionLiteral started) RunApart(started);
        if (literals)
            foreach (var handler in HandlersRegistered(call, spawned)) RunApart(handler);
        foreach (var handed in HandedToStarter(call)) RunApart(handed);

        var result = inputs;
        foreach (var effect in effects)
        {
            switch (effect.Kind)
            {
                case EffectKind.Acquire when effect.Lock is not null:
                    Acquire(effect, effect.Lock, call);
                    break;
                case EffectKind.Release when effect.Lock is not null:
                    Release(effect, effect.Lock);
                    break;
                case EffectKind.TransactionBegin:
                    _state = _state with { Transaction = call };
                    break;
                case EffectKind.Fetch when effect.Via is { } receiver:
                    if (_state.Queries.TryGetValue(receiver, out var query)) result = result.Add(query);
                    break;
                case EffectKind.Write when effect.Resource is not null && call.Parent is ExpressionStatement statement:
                    // A store call of a value earlier ifs chose (m.Store(k, v)), or of an object they chose (visit.save()),
                    // as an assignment of it is; and rows a loop's tests chose, written to a table in one call
                    // (bulk_create(fresh)).
                    UnderChoosers(call.Arguments.SelectMany(a => ChosenBy(statement, a.Value)).Concat(MadeFromChosen(statement, call)).Distinct()
                        .Concat(effect.Resource.Kind == ResourceKind.SqlTable ? ItemsChosen(call) : []).ToList(), inputs, chosen => Record(effect, chosen));
                    break;
                case EffectKind.Read or EffectKind.Write or EffectKind.AtomicCheckAndAct when effect.Resource is not null:
                    var access = Record(effect, inputs);
                    if (effect.Kind != EffectKind.Write) result = result.Add(access);
                    if (effect.Kind != EffectKind.Write && effect.Via is { } cursor)
                        _state = _state with { Queries = _state.Queries.SetItem(cursor, access) };
                    break;
            }
        }
        // Out-parameters (Go's row.Scan(&n), json.Unmarshal(b, &v)): what the call read flows into them.
        foreach (var argument in call.Arguments)
            if (_scope.Package.Facts.WrittenThrough(argument.Value) is NameExpression target)
                Taint(target.Name, result);
        return result;
    }

    /// <summary>A loop that adds items to a local collection only where its body's conditions hold (<c>for id, e := range
    /// m { if e.stale() { ids = append(ids, id) } }</c>) has them choose what the collection holds: a later loop over it
    /// acts on what those conditions read.</summary>
    private void NoteChoice(CallExpression call)
    {
        if (!_loopBodyGuards.TryPeek(out var bodyStart) || _scope.Package.Facts.CollectionAddedTo(call) is not NameExpression { Name: var collection } into
            || _scope.ResourceOf(into) is not null) return;
        var conditions = _state.Guards.Skip(bodyStart).Where(g => g.Kind != GuardKind.Iteration).SelectMany(g => g.Reads).ToImmutableList();
        if (conditions.IsEmpty) return;
        _chosenBy[collection] = _chosenBy.TryGetValue(collection, out var earlier) ? earlier.AddRange(conditions.Except(earlier)) : conditions;
    }

    /// <summary>The reads of the conditions that chose what a local collection holds (<see cref="NoteChoice"/>), when the
    /// value is that collection: handed back, it hands the caller those tests too (<c>for _, d := range names { if _, ok
    /// := p.resolving[d]; ok { continue }; todo = append(todo, d) }; return todo</c>).</summary>
    private IEnumerable<Access> ChoosingReads(IrExpression value) =>
        value is NameExpression { Name: var collection } && _chosenBy.TryGetValue(collection, out var chosen) ? chosen : [];

    /// <summary>For each argument of a call that is a local collection a loop filled where its tests held (<see
    /// cref="NoteChoice"/>), a guard on those tests' reads: the call acts on the items they chose, as a loop over them
    /// does. Only a table's rows are taken so (a batch insert of the keys a SELECT did not find): a call that hands
    /// items to an object of the program is followed through its summary instead.</summary>
    private IEnumerable<Guard> ItemsChosen(CallExpression call) =>
        call.Arguments.Select(a => a.Value).OfType<NameExpression>()
            .Where(collection => _chosenBy.ContainsKey(collection.Name))
            .Select(collection => new Guard(collection, GuardKind.Branch, _chosenBy[collection.Name]));

    private static bool HasLiteralArgument(CallExpression call)
    {
        var arguments = call.Arguments;
        for (var i = 0; i < arguments.Count; i++)
            if (arguments[i].Value is FunctionLiteral) return true;
        return false;
    }

    /// <summary>True for a call through a field whose effects are on one key's entry of the object it holds
    /// (<c>c.conn.Write(b)</c>) or on that object's own state (<c>s.journal.Close()</c>): the call reads the field to
    /// reach the object, and a nil check of the field can go stale before that read, but what the call returns comes
    /// from the object, not from which object the field holds.</summary>
    private bool ReadOnlyToBeCalled(IrExpression holder, IReadOnlyList<Effect> effects) =>
        effects.Count > 0 && _scope.ResourceOf(holder) is { Kind: ResourceKind.Field }
        && effects.All(e => e.Resource is { Kind: ResourceKind.StoreEntry } or { IsOtherObjectsState: true });

    /// <summary>The function literals a call is handed to run while it runs (a visitor, a comparison, a retry loop's
    /// body, what sync.Once.Do runs the first time): all of its literal arguments but those it keeps for later (a
    /// library's, or a method of the package that only stores it: <see cref="EffectResolver.KeepsForLater"/>) and the
    /// one it starts concurrently (<paramref name="spawned"/>), which are walked apart. A once-only call's literal is
    /// its own check (<see cref="OnceOnlyLiterals"/>).</summary>
    private IEnumerable<FunctionLiteral> CallbacksRunDuring(CallExpression call, IrExpression? spawned)
    {
        var facts = _scope.Package.Facts;
        if (facts.KeepsCallables(call)) return [];
        return call.Arguments.Select(a => a.Value).OfType<FunctionLiteral>()
            .Where(l => !ReferenceEquals(l, spawned) && !facts.ServesRequests(l) && _scope.Package.HandedStart(l) is null && !_effects.KeepsForLater(call, l));
    }

    /// <summary>The function literals <paramref name="call"/> hands a function of the package that starts them, written
    /// there or held in a local (<see cref="PackageModel.HandedStart"/>): they run apart, on goroutines or threads of
    /// their own, with none of the caller's locks.</summary>
    private IEnumerable<FunctionLiteral> HandedToStarter(CallExpression call) =>
        _scope.Package.StartHandedTo(call) is null
            ? []
            : call.Arguments.Select(a => a.Value as FunctionLiteral ?? (a.Value is NameExpression { Name: var local } ? _scope.ValueOf(local, call) as FunctionLiteral : null))
                .OfType<FunctionLiteral>().Where(l => ReferenceEquals(_scope.Package.HandedStart(l), call));

    /// <summary>The request handlers written in place as arguments of the call (<c>mux.HandleFunc("/", func(w, r) { … })</c>):
    /// they run later, once per request, on goroutines of their own, so they are walked apart like a started literal.</summary>
    private IEnumerable<FunctionLiteral> HandlersRegistered(CallExpression call, IrExpression? spawned) =>
        call.Arguments.Select(a => a.Value).OfType<FunctionLiteral>().Where(l => !ReferenceEquals(l, spawned) && _scope.Package.Facts.ServesRequests(l));

    /// <summary>A callback runs inside the call, under the locks held there, those the call itself holds for it
    /// (<paramref name="callLocks"/>: a library's, or those a method of the package holds where it calls the function it
    /// is handed) and the conditions around it, zero or more times: what holds after the call is what holds on either
    /// way.</summary>
    private void RunCallback(FunctionLiteral literal, IReadOnlyList<string> callLocks, CallExpression call)
    {
        var before = _state;
        var taken = callLocks.Where(l => !_state.Held.ContainsKey(l)).ToList();
        foreach (var callLock in taken) Acquire(new Effect(EffectKind.Acquire, call, Lock: callLock), callLock, call);
        InlineBody(literal);
        foreach (var callLock in taken) Release(new Effect(EffectKind.Release, call, Lock: callLock), callLock);
        _state = FlowState.Merge(before, _state);
    }

    /// <summary>A call takes <paramref name="name"/>: a new acquisition of it is held from here.</summary>
    private void Acquire(Effect effect, string name, IrNode call)
    {
        _lockEvents.Add(effect);
        _state = _state with
        {
            Held = _state.Held.SetItem(name, new HeldLock(name, effect.Mode, LockOrigin.Acquired, call, _nextInstance++, [], effect.Helper)),
            CallerReleased = _state.CallerReleased.Remove(name),
        };
    }

    /// <summary>A call lets go of <paramref name="name"/>; one it did not hold is noted.</summary>
    private void Release(Effect effect, string name)
    {
        _lockEvents.Add(effect);
        if (!_state.Held.ContainsKey(name))
        {
            _releasedUnheld.Add(name);
            _letGo = true;
            _state = _state with { CallerReleased = _state.CallerReleased.Add(name) };
        }
        _state = _state with { Held = _state.Held.Remove(name) };
    }

    private Access Record(Effect effect, ImmutableList<Access> sources)
    {
        var held = HeldNow();
        // A called method's write under a lock it takes itself happens under a new acquisition of that lock.
        foreach (var own in effect.CalleeLocks ?? [])
            if (!_state.Held.ContainsKey(own.Name))
                held.Add(new HeldLock(own.Name, own.Mode, LockOrigin.Acquired, effect.Node, _nextInstance++, [], effect.Helper));
        var access = new Access(_accesses.Count, effect, held, _state.Guards,
            sources.Distinct().ToList(), _state.Transaction);
        _accesses.Add(access);
        if (!_letGo && held.Count == 0 && !effect.Node.Ancestors().TakeWhile(a => a is not FunctionDecl).Any(a => a is LoopStatement))
            _beforeLettingGo.Add(access);
        if (_tracksWrites && effect is { Kind: not EffectKind.Read, Resource: { } written, OnSomePathsInCallee: false })
            _state = _state with { Written = _state.Written.Add(written.Key) };
        return access;
    }

    /// <summary>Notes the locks held at <paramref name="call"/> (a call walked again keeps the last walk's). Most
    /// functions hold none anywhere, and then nothing is stored: a call missing from the map holds none.</summary>
    private void RecordHeldAt(CallExpression call)
    {
        if (!_state.Held.IsEmpty) _heldAtCalls[call] = HeldNow();
        else if (_heldAtCalls.Count > 0) _heldAtCalls.Remove(call);
    }

    /// <summary>The locks held now, in the order they were taken (caller-held ones first, by name). The flow state keys
    /// them by a hash that changes from process to process, so its own order would change the reports.</summary>
    private List<HeldLock> HeldNow() =>
        _state.Held.IsEmpty ? [] : _state.Held.Values.OrderBy(h => h.Instance).ThenBy(h => h.Name, StringComparer.Ordinal).ToList();

    private void Terminate() => _state = _state with { Terminated = true };

    /// <summary>A goto: what holds here reaches the label, if it comes later in an enclosing block (one back to a label
    /// already walked is a loop this walk does not follow).</summary>
    private void GoTo(string label)
    {
        _gotos[label] = _gotos.TryGetValue(label, out var others) ? FlowState.Merge(others, _state) : _state;
        Terminate();
    }

    /// <summary>A break or continue: what holds here reaches the point after the innermost loop (a continue's
    /// through the loop's next test). Go's break inside a switch or select only leaves that statement; taking it to the
    /// loop's end as well adds a path there and takes none away.</summary>
    private void LeaveLoopBody()
    {
        if (_loopExits.TryPeek(out var exits)) exits.Add(_state);
        Terminate();
    }
}
