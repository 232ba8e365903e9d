using System.Collections.ObjectModel;
using System.Text.RegularExpressions;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics.Sql;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The effects of a call, in order of authority: the language's library facts (locks, SQL, files, caches,
/// atomic maps); else, for a call to one of the owner type's own methods, that method's summary; else, for a method
/// of a type declared here called on another object, the tables its summary reads and writes and, when it locks
/// inside and the object is shared, its summary on that object; else, for a method
/// called on an external store, the verb its name starts with; else, for a method called with a key on any other field,
/// the verb too, as an access of that key's entry.
/// </summary>
/// <param name="scope">The scope of the function whose calls are resolved.</param>
/// <param name="fixedFlags">The function's flag parameters fixed for this walk, handed on to calls that pass them.</param>
internal sealed class EffectResolver(FunctionScope scope, IReadOnlyDictionary<string, bool>? fixedFlags = null)
{
    public IReadOnlyList<Effect> OfCall(CallExpression call)
    {
        var facts = scope.Package.Facts.EffectsOfCall(call, scope);
        if (facts.Count > 0) return facts;
        if (call.Callee is NameExpression { Name: var function })
            return scope.Package.PlainFunctionsCalled(scope.Function, function, call) is { Count: > 0 } callees
                ? [.. PathHelper(call, function, callees), .. PlainFunction(call, function, callees)]
                : [];
        if (call.Callee is not MemberAccess { Target: var target, Member: var method }) return [];
        if (scope.IsReceiver(target)) return OwnMethod(call, method);
        if (EnclosingReceiver(target) is var (outer, receiver, captured)) return EnclosingReceiverMethod(call, method, outer, receiver, captured);
        if (target is NameExpression { Name: var module } && scope.ResourceOf(target) is null && ModuleFunctions(module, method, call) is { Count: > 0 } inModule)
            return PlainFunction(call, method, inModule);
        if (ObjectMethod(call, target, method, call.Arguments.Select(a => a.Value).FirstOrDefault(a => !scope.Package.Facts.IsCallContext(a))) is { Count: > 0 } onObject)
            return onObject;
        if (scope.ResourceOf(target) is { Kind: ResourceKind.ExternalStore } store && StoreVerbs.Classify(method) is { } kind)
            return [new Effect(kind, call, store, Detail: method + "()")];
        if (scope.ResourceOf(target) is { Kind: ResourceKind.Field } field && StoreEntry(call, method, field) is { } entry)
            return [entry];
        return [];
    }

    /// <summary>A read of one of the type's own properties on the receiver (<c>self.span</c>, where <c>span</c> is a
    /// <c>@property</c>): the reads its result is made from, through its summary, as a call of it would be.</summary>
    public IReadOnlyList<Effect> OfProperty(MemberAccess access)
    {
        if (!scope.IsReceiver(access.Target) || scope.Package.FunctionsNamed(scope.Function.OwnerType, access.Member) is not { Count: > 0 } named) return [];
        return named.Where(scope.Package.Facts.IsProperty)
            .SelectMany(getter => scope.Package.SummaryOf(getter).Reads)
            .Where(r => Shared(r.Resource))
            .Select(r => new Effect(EffectKind.Read, access, r.Resource, Detail: CalleeDetail(access.Member, "reads", r.Resource, r.Detail), CalleeLocks: r.OwnLocks, Helper: access.Member))
            .ToList();
    }

    /// <summary>The locks a scope factory of the package holds while it runs the <c>with</c> block its call opens
    /// (<c>with self._locked():</c>, <c>with context.annotatecontext(repo, path):</c>): a method called on the receiver
    /// names them as this function does; another function's are its own, "annotatecontext()'s helper.lock()" here. A call
    /// on an object of a type the function cannot see (<c>with db.exclusive_txn() as conn:</c>, <c>db</c> a parameter)
    /// runs the method of the one package type that declares it.</summary>
    public IReadOnlyList<Effect> ScopeLocks(CallExpression call)
    {
        var package = scope.Package;
        var (callees, onReceiver) = call.Callee is MemberAccess { Target: NameExpression { Name: var module } target, Member: var function }
                                    && !scope.IsReceiver(target) && ModuleFunctions(module, function, call) is { Count: > 0 } inModule
            ? (inModule, false)
            : OwnOrPlainCallees(call);
        if (callees.Count == 0 && call.Callee is MemberAccess { Target: var untyped, Member: var method }
            && scope.Package.UntypedParameterType(scope.Function, untyped, method) is { } only)
            callees = scope.Package.FunctionsNamed(only, method);
        if (callees.Count == 0 || PackageModel.CalleeName(call) is not { } name) return [];
        var summaries = callees.Select(package.SummaryOf).ToList();
        return summaries[0].HoldsForScope.Where(l => summaries.All(s => s.HoldsForScope.Contains(l)))
            .Select(l => new Effect(EffectKind.Acquire, call, Lock: onReceiver || l.Name == DatabaseLockStatement.LockName ? l.Name : $"{name}()'s {l.Name}",
                Mode: l.Mode, Detail: name + "()", Helper: name))
            .ToList();
    }

    /// <summary>The locks a method of the package holds while it runs the function literal <paramref name="literal"/>
    /// that the call hands it (<c>s.withLock(func() { … })</c>, where <c>withLock</c> calls its parameter under
    /// <c>s.mu</c>), named as <see cref="ScopeLocks"/> names them.</summary>
    public IReadOnlyList<string> CallbackLocks(CallExpression call, FunctionLiteral literal)
    {
        var (callees, onReceiver) = OwnOrPlainCallees(call);
        if (callees.Count == 0 || PackageModel.CalleeName(call) is not { } name) return [];
        return LocksHeldForArgument(scope.Package, callees, call, literal).Select(l => onReceiver ? l.Name : $"{name}()'s {l.Name}").ToList();
    }

    /// <summary>True when every function of the package the call may run only keeps the function literal it is handed
    /// (<c>func (r *Room) OnClose(f func()) { r.onClose = f }</c>): it stores it and neither calls it nor hands it on, so
    /// the literal runs later, not during the call.</summary>
    public bool KeepsForLater(CallExpression call, FunctionLiteral literal)
    {
        var callees = OwnOrPlainCallees(call).Callees;
        return callees.Count > 0 && callees.All(callee => callee.Body is { } body
            && callee.Parameters.FirstOrDefault(p => ReferenceEquals(call.ArgumentFor(callee, p.Name), literal)) is { } parameter
            && OnlyStores(body, parameter.Name));
    }

    private bool OnlyStores(Block body, string parameter)
    {
        var uses = body.DescendantsAndSelf().OfType<NameExpression>().Where(n => n.Name == parameter).ToList();
        return uses.Count > 0 && uses.All(use => use.Parent switch
        {
            Assignment stored => stored.Values.Any(v => ReferenceEquals(v, use)),
            Argument { Parent: CallExpression keeper } => scope.Package.Facts.KeepsCallables(keeper),
            _ => false,
        });
    }

    /// <summary>The locks, by name, that every one of <paramref name="callees"/> takes itself and holds at each call of
    /// the parameter <paramref name="argument"/> binds (<see cref="MethodSummary.HoldsForCallbacks"/>), named as the
    /// callees name them.</summary>
    internal static IReadOnlyList<SummaryLock> LocksHeldForArgument(PackageModel package, IReadOnlyList<FunctionDecl> callees, CallExpression call, IrExpression argument)
    {
        var lists = callees.Select(callee => callee.Parameters.FirstOrDefault(p => ReferenceEquals(call.ArgumentFor(callee, p.Name), argument)) is { } parameter
            ? package.SummaryOf(callee).HoldsForCallbacks.Where(l => l.Parameter == parameter.Name).Select(l => l.Lock).ToList()
            : []).ToList();
        return lists.Count == 0 ? [] : lists[0].Where(l => lists.All(other => other.Any(o => o.Name == l.Name))).ToList();
    }

    /// <summary>The bodies a call of one of the function's own type's methods on its receiver, of a method of the
    /// package on an object whose type the function knows (<c>c.flight.Do(k, fn)</c>), or of a plain function by its bare
    /// name, may run, and whether it is the first.</summary>
    private (IReadOnlyList<FunctionDecl> Callees, bool OnReceiver) OwnOrPlainCallees(CallExpression call) => call.Callee switch
    {
        MemberAccess { Target: var target, Member: var method } when scope.IsReceiver(target) => (scope.Package.FunctionsNamed(scope.Function.OwnerType, method), true),
        MemberAccess { Target: var target, Member: var method } when scope.ObjectTypeOf(target) is { } type => (scope.Package.FunctionsNamed(type, method), false),
        NameExpression { Name: var function } => (scope.Package.PlainFunctionsCalled(scope.Function, function, call), false),
        _ => ([], false),
    };

    /// <summary>True when <paramref name="function"/> answers the top-level variable <paramref name="state"/> as it is
    /// (<c>return active</c>, <c>return active, nil</c>) on some path, not a value made from it.</summary>
    private bool ReturnsAsIs(FunctionDecl function, Resource state) =>
        function.Body is { } body && body.DescendantsAndSelf().OfType<ReturnStatement>()
            .Any(r => r.Values.Count > 0 && r.Values[0] is NameExpression answered && scope.Package.ScopeOf(function).ResourceOf(answered)?.Key == state.Key);

    /// <summary>The plain functions named <paramref name="function"/> that a call through <paramref name="name"/> runs when
    /// the name binds a module of this package (<c>from . import registry</c>, then <c>registry.lookup(k)</c>): those
    /// of that module. None in a language whose top-level names are package-wide: there an imported name is always
    /// another package.</summary>
    private IReadOnlyList<FunctionDecl> ModuleFunctions(string name, string function, CallExpression call)
    {
        if (scope.Package.Facts.Globals.PackageWide || scope.Package.FunctionsNamed(null, function).Count == 0
            || scope.Package.ModuleBoundTo(scope.Function.Module, name) is not { } module) return [];
        return scope.Package.FunctionsCalled(null, function, call).Where(f => PackageModel.IsInModule(f, module)).ToList();
    }

    /// <summary>A subscript of an object of a package type whose class defines it (<c>self.pools[key] = pool</c> runs
    /// <c>__setitem__</c>): the method's effects on that object, keyed by the subscript, as a call of it would have.</summary>
    public IReadOnlyList<Effect> OfSubscript(IndexExpression subscript, bool assigns) =>
        subscript.Indices is [var key] && scope.Package.Facts.SubscriptMethod(assigns) is { } method
            ? ObjectMethod(subscript, subscript.Target, method, key)
            : [];

    /// <summary>A membership test on an object of a package type whose class defines it (<c>key in self.pools</c> runs
    /// <c>__contains__</c>): the method's effects on that object, keyed by the tested key.</summary>
    public IReadOnlyList<Effect> OfMembership(BinaryExpression test) =>
        scope.Package.Facts.MembershipMethod is { } method ? ObjectMethod(test, test.Right, method, test.Left) : [];

    /// <summary>A lookup or an insert of one key on an object held in a field (<c>c.cache.Get(k)</c>,
    /// <c>c.cache.Add(k, v)</c>). A removal is no act here: removing a key another thread removed first changes nothing.</summary>
    private Effect? StoreEntry(CallExpression call, string method, Resource field)
    {
        if (StoreVerbs.Classify(method) is not { } kind || kind == EffectKind.Write && StoreVerbs.IsRemoval(method)) return null;
        if (call.Arguments.Select(a => a.Value).FirstOrDefault(a => !scope.Package.Facts.IsCallContext(a)) is not { } key) return null;
        var entry = new Resource(ResourceKind.StoreEntry, $"{field.Key}[{scope.Normalize(key)}]", $"{field.Display}'s entry for {key.SourceCode}");
        return new Effect(kind, call, entry, Detail: method + "()");
    }

    /// <summary>A call to one of the type's own methods, through its summary: the locks it returns holding are taken
    /// at the call, then its writes and the reads it returns the value of (each under the locks it takes itself)
    /// happen, then the locks it releases for its caller are released.</summary>
    private IReadOnlyList<Effect> OwnMethod(CallExpression call, string method) =>
        ThroughSummaries(call, method, scope.Package.FunctionsCalled(scope.Function.OwnerType, method, call),
            (callee, r, written) => r.Kind == ResourceKind.FilePath ? (Shared(r) ? PathForArguments(call, callee, r) : ArgumentFor(call, callee, r) is { } path && (!written || UsesUnchecked(call, callee, r)) ? Resource.PathOf(path, scope) : null)
                : Shared(r) ? r with { Display = KeyShown(call, callee, ReceiverShown(callee, r.Display)) } : EntryForArgument(call, callee, r), l => l);

    /// <summary>A path the callee makes from the receiver's state and its parameters (<c>self._path(key)</c>) as the
    /// call makes it: each parameter named in it replaced by the argument passed for it, so <c>self.has(a)</c> and
    /// <c>self.put(b)</c> name two paths. Null when the callee gives such a parameter another value.</summary>
    private Resource? PathForArguments(CallExpression call, FunctionDecl callee, Resource path)
    {
        var made = path.Key[Resource.PathKeyPrefix.Length..];
        if (callee.Parameters.Count > 0)
        {
            var names = new Regex($@"(?<![\w.])(?:{string.Join('|', callee.Parameters.Select(p => Regex.Escape(p.Name)))})(?!\w)");
            if (names.Matches(made).Any(m => GivenParameters.Assigned(callee, m.Value))) return null;
            made = names.Replace(made, m => call.ArgumentFor(callee, m.Value) is { } argument ? Resource.PathText(argument, scope) : m.Value);
        }
        return path with { Key = Resource.PathKeyPrefix + made, Display = KeyShown(call, callee, ReceiverShown(callee, path.Display)) };
    }

    /// <summary>An entry of a store the receiver or a top-level variable holds, looked up or set by one of the callee's
    /// parameters (<c>func (r *Runner) seen(k string) bool { _, ok := r.hm.Get(k); return ok }</c>, <c>func known(k string)
    /// bool { _, ok := runs.Load(k); return ok }</c>): the entry for the argument the call passes for it (<c>r.seen(host)</c>
    /// reads <c>r.hm</c>'s entry for <c>host</c>); null for any other entry.</summary>
    private Resource? EntryForArgument(CallExpression call, FunctionDecl callee, Resource entry)
    {
        if (entry.Kind != ResourceKind.StoreEntry || !entry.Key.StartsWith(Resource.ReceiverKeyPrefix, StringComparison.Ordinal) && !entry.IsGlobal
            || callee.Parameters.FirstOrDefault(p => entry.Key.EndsWith("[" + p.Name + "]", StringComparison.Ordinal)) is not { } keyed
            || GivenParameters.Assigned(callee, keyed.Name) || call.ArgumentFor(callee, keyed.Name) is not { } argument) return null;
        var display = entry.Display.EndsWith(" for " + keyed.Name, StringComparison.Ordinal)
            ? entry.Display[..^keyed.Name.Length] + argument.SourceCode
            : entry.Display;
        return entry with { Key = entry.Key[..^(keyed.Name.Length + 2)] + "[" + scope.Normalize(argument) + "]", Display = ReceiverShown(callee, display) };
    }

    /// <summary>The receiver of the method this function is nested in, when <paramref name="target"/> names it and this
    /// function does not bind the name itself (Python's <c>self</c> in a <c>def</c> written inside a method): the
    /// method, the receiver's name, and the captured variable it is here; null otherwise.</summary>
    private (FunctionDecl Outer, string Receiver, Resource Captured)? EnclosingReceiver(IrExpression target) =>
        target is NameExpression { Name: var name } && scope.Function.EnclosingFunction() is { OwnerType: not null, ReceiverName: { } receiver } outer
        && name == receiver && scope.ResourceOf(target) is { } captured && captured.Key == Resource.CapturedKeyPrefix + receiver
            ? (outer, receiver, captured)
            : null;

    /// <summary>A call of one of the enclosing method's own type's methods on its receiver, from a function nested in the
    /// method: the same object, so through the summaries as for <see cref="OwnMethod"/>, with the receiver's state and
    /// locks named as this function names them (<c>self.cache</c>, the captured receiver's state).</summary>
    private IReadOnlyList<Effect> EnclosingReceiverMethod(CallExpression call, string method, FunctionDecl outer, string receiver, Resource captured) =>
        ThroughSummaries(call, method, scope.Package.FunctionsCalled(outer.OwnerType, method, call),
            (callee, r, _) => !Shared(r) ? null
                : r.IsReceiverState ? r with { Key = captured.Key + r.Key[(Resource.ReceiverKeyPrefix.Length - 1)..], Display = KeyShown(call, callee, r.Display) }
                : r,
            l => l == "this" ? receiver
                : l.StartsWith(Resource.ReceiverKeyPrefix, StringComparison.Ordinal) ? receiver + l[(Resource.ReceiverKeyPrefix.Length - 1)..]
                : l);

    /// <summary>A display of the callee's receiver state as this function spells its receiver (<c>r.items[k]</c> from a
    /// method of an embedded type whose receiver is <c>r</c>, shown as <c>s.items[k]</c>).</summary>
    private string ReceiverShown(FunctionDecl callee, string display) =>
        callee.ReceiverName is { } theirs && scope.Function.ReceiverName is { } ours && theirs != ours && display.StartsWith(theirs + ".", StringComparison.Ordinal)
            ? ours + display[theirs.Length..]
            : display;

    /// <summary>An entry's key named by one of the callee's parameters (<c>clients[addr]</c>) shown as the argument the
    /// call passes for it.</summary>
    private static string KeyShown(CallExpression call, FunctionDecl callee, string display) =>
        callee.Parameters.FirstOrDefault(p => display.EndsWith("[" + p.Name + "]", StringComparison.Ordinal)) is { } keyed
        && call.ArgumentFor(callee, keyed.Name) is { } key
            ? display[..^(keyed.Name.Length + 1)] + key.SourceCode + "]"
            : display;

    /// <summary>A call to a plain function of the package by its bare name, through its summary as for <see
    /// cref="OwnMethod"/>, keeping the entries of containers it looks up or stores that are the caller's state too:
    /// those of top-level variables (<c>c := lookupPeer(addr)</c>, where lookupPeer returns <c>peerConns[addr]</c>
    /// under the package's <c>peerMu</c>), and those reached through a parameter it is handed the caller's receiver
    /// or one of the caller's parameters for (<c>lookup(r, addr)</c> answering <c>r.clients[addr]</c> under
    /// <c>r.mu</c>), named as the caller names them; and the top-level variables it sets (<c>initClient()</c>
    /// setting <c>client</c>); and the tables its queries read and write, the same whichever function runs them
    /// (<c>isMember(sess, team, user)</c> testing a row of team_user). A top-level scalar it reads counts for nothing:
    /// what such a function answers is usually made from the value (a command line, a file name), not the value,
    /// unless it answers the value itself (<c>return active</c>). Called through a module of the package
    /// (<c>registry.lookup(name)</c>), its top-level state and locks are named through the module, as the caller would
    /// reach them (<c>registry._items</c>).</summary>
    private List<Effect> PlainFunction(CallExpression call, string function, IReadOnlyList<FunctionDecl> callees)
    {
        if (callees.Count == 0 || !callees.Any(scope.Package.MayTouchShared)) return [];
        var callee = callees[0];
        var throughModule = call.Callee is MemberAccess { Target: NameExpression { Name: var module } } ? module + "." : string.Empty;
        // A name the callee roots at one of its parameters: the argument the call hands that parameter, if it is the
        // caller's receiver or one of its parameters, with the rest of the name; (null, rest) for any other argument.
        (IrExpression? Argument, string After)? Rooted(string name)
        {
            if (callee.Parameters.FirstOrDefault(p => name == p.Name || name.StartsWith(p.Name + ".", StringComparison.Ordinal) || name.StartsWith(p.Name + "[", StringComparison.Ordinal)) is not { } parameter)
                return null;
            var argument = call.ArgumentFor(callee, parameter.Name);
            var known = argument is not null && (scope.IsReceiver(argument) || argument is NameExpression && scope.ParameterStateOf(argument) is not null);
            return (known ? argument : null, name[parameter.Name.Length..]);
        }
        string? Root(IrExpression argument, string parameterPrefix) =>
            scope.IsReceiver(argument) ? "this" : parameterPrefix + ((NameExpression)argument).Name;
        Resource? State(FunctionDecl summarized, Resource r, bool written)
        {
            if (r.Kind == ResourceKind.SqlTable) return r;
            if (r.IsGlobal && r.Kind == ResourceKind.Field && (written || ReturnsAsIs(summarized, r))) return r with { Display = throughModule + r.Display };
            if (r.IsGlobal && r.Kind == ResourceKind.StoreEntry) return EntryForArgument(call, summarized, r) is { } entry ? entry with { Display = throughModule + entry.Display } : null;
            if (r.Kind is not (ResourceKind.Element or ResourceKind.ConcurrentEntry)) return null;
            if (r.IsGlobal) return r with { Display = throughModule + KeyShown(call, summarized, r.Display) };
            if (!r.Key.StartsWith(Resource.ParameterKeyPrefix, StringComparison.Ordinal)
                || Rooted(r.Key[Resource.ParameterKeyPrefix.Length..]) is not ({ } argument, var rest)) return null;
            var display = Rooted(r.Display) is (_, var shown) ? argument.SourceCode + shown : r.Display;
            return r with { Key = Root(argument, Resource.ParameterKeyPrefix) + rest, Display = KeyShown(call, summarized, display) };
        }
        string? Lock(string name) => Rooted(name) switch
        {
            null => throughModule + name,
            ({ } argument, var rest) => Root(argument, string.Empty) + rest,
            _ => null,
        };
        return ThroughSummaries(call, function, callees, State, Lock);
    }

    /// <summary>A call through the summaries of <paramref name="callees"/>, the bodies it may run, keeping the accesses
    /// and locks that are state of the caller too, as the caller names them (<paramref name="stateAtCall"/>, told whether
    /// the callee writes the state, and <paramref name="lockAtCall"/>: null for what is not). A call of a task that only
    /// hands it to another call that is not awaited (<c>asyncio.run_coroutine_threadsafe(self.send(p), loop)</c>) runs
    /// none of it here: the task runs later, on its loop.</summary>
    private List<Effect> ThroughSummaries(CallExpression call, string method, IReadOnlyList<FunctionDecl> callees, Func<FunctionDecl, Resource, bool, Resource?> stateAtCall, Func<string, string?> lockAtCall)
    {
        if (callees.Count == 0 || callees.All(scope.Package.Facts.RunsAsTask) && call.Parent is Argument { Parent: CallExpression { Parent: var around } }
            && !(around is IrExpression waited && scope.Package.Facts.YieldsToOtherTasks(waited))) return [];
        var summaries = callees.Select(callee => scope.Package.SummaryAt(callee, call, fixedFlags)).ToList();
        var effects = new List<Effect>();
        IReadOnlyList<SummaryLock> Locks(IReadOnlyList<SummaryLock> own) => [.. own.Select(l => l with { Name = lockAtCall(l.Name) ?? l.Name })];
        void AddWrites(bool beforeLettingGo)
        {
            foreach (var (callee, summary) in callees.Zip(summaries))
                foreach (var w in summary.Writes.Where(w => w.BeforeLettingGo == beforeLettingGo && Made(w, call, callee)))
                    if (stateAtCall(callee, w.Resource, true) is { } written)
                        effects.Add(new Effect(EffectKind.Write, call, written,
                            Detail: CalleeDetail(method, "writes", written, w.Detail), CalleeLocks: Locks(w.OwnLocks), Helper: method, Rechecked: w.Rechecked, RefusedInCallee: w.RefusesWhenTaken, DecidedInCallee: w.DecidedInside, AtomicInCallee: w.Atomic, OnceIn: w.OnceIn, Removes: w.Removes,
                            PassedOnGiven: PassedOn(w, call, callee), FailsTwice: w.FailsTwice, OnSomePathsInCallee: w.OnSomePaths, GatedInCallee: w.GatesOnFlag));
        }
        // What the callee writes before it takes or lets go of a lock comes first: the caller's locks still cover it.
        AddWrites(beforeLettingGo: true);
        // Several bodies of one name (build variants): a lock counts only where every one of them takes or releases it.
        foreach (var held in summaries[0].ReturnsHolding.Where(l => summaries.All(s => s.ReturnsHolding.Contains(l))))
            if (lockAtCall(held.Name) is { } name)
                effects.Add(new Effect(EffectKind.Acquire, call, Lock: name, Mode: held.Mode, Detail: method + "()", Helper: method));
        AddWrites(beforeLettingGo: false);
        foreach (var (callee, summary) in callees.Zip(summaries))
        {
            foreach (var r in summary.Reads)
                if (stateAtCall(callee, r.Resource, false) is { } read)
                    effects.Add(TakesFrom(summary, r)
                        ? new Effect(EffectKind.AtomicCheckAndAct, call, read, Detail: CalleeDetail(method, "takes from", read, r.Detail), Helper: method)
                        : new Effect(EffectKind.Read, call, read, Detail: CalleeDetail(method, "reads", read, r.Detail), CalleeLocks: Locks(r.OwnLocks), Helper: method));
        }
        foreach (var released in summaries[0].ReleasesHeld.Where(l => summaries.All(s => s.ReleasesHeld.Contains(l))).Order(StringComparer.Ordinal))
            if (lockAtCall(released) is { } name)
                effects.Add(new Effect(EffectKind.Release, call, Lock: name, Detail: method + "()", Helper: method));
        // A lock the callee lets go of and takes again is released and re-taken inside the call: held after it, anew.
        foreach (var retaken in summaries[0].RetakesHeld.Where(l => summaries.All(s => s.RetakesHeld.Contains(l))))
            if (lockAtCall(retaken.Name) is { } name)
            {
                effects.Add(new Effect(EffectKind.Release, call, Lock: name, Detail: method + "()", Helper: method));
                effects.Add(new Effect(EffectKind.Acquire, call, Lock: name, Mode: retaken.Mode, Detail: method + "()", Helper: method));
            }
        return effects;
    }

    /// <summary>True when the callee changes what it reads under the same lock of its own, deciding the change on what it
    /// read there (a pool's get: <c>mu.Lock(); if len(pool) > 0 { c = pool[0]; pool = pool[1:] }; mu.Unlock(); return c</c>):
    /// the caller gets what the callee took, in one step, as from an atomic take; a test of it is no check of the state
    /// as it is now.</summary>
    private static bool TakesFrom(MethodSummary summary, SummaryRead read) =>
        read.OwnLocks.Any(l => l.Mode == LockMode.Exclusive)
        && summary.Writes.Any(w => w.Rechecked && w.Resource.Key == read.Resource.Key
                                   && w.OwnLocks.Any(l => l.Mode == LockMode.Exclusive && read.OwnLocks.Contains(l)));

    /// <summary>What a callee's access is called at the call: a path is checked or used by a library call inside the
    /// callee (<c>Files.newBufferedReader in parseIni()</c>), which may only read it; other state is read or written.</summary>
    private static string CalleeDetail(string method, string verb, Resource resource, string? inner) =>
        resource.Kind is ResourceKind.FilePath or ResourceKind.DirectoryEntries && inner is not null ? $"{inner} in {method}()" : $"{method}() {verb} {resource.Display}";

    /// <summary>A call to a function of the package that checks or uses a path it is given. One whose answer is a check
    /// of it (<c>fileExists(p)</c>, <c>def _exists(path): return os.path.exists(path)</c>) checks the path passed for
    /// that parameter, through its summary. One that writes it unchecked, whether or not anything
    /// is there (<c>def save(path, data): open(path, "w").write(data)</c>), writes the path passed, after whatever the
    /// caller checked; one whose unchecked use fails on a path that appeared or vanished (<c>def drop(path):
    /// os.remove(path)</c>) uses it where nothing around the call may handle that failure. A use the helper checks first
    /// is its own business, checked there.</summary>
    private List<Effect> PathHelper(CallExpression call, string function, IReadOnlyList<FunctionDecl> callees)
    {
        var withParameters = callees.Where(callee => callee.Parameters.Count > 0).ToList();
        var checks = withParameters
            .Where(callee => scope.Package.LibraryEffectsOf(callee).ChecksPath)
            .SelectMany(callee => scope.Package.SummaryOf(callee).Reads
                .Where(r => r.Resource.Kind == ResourceKind.FilePath)
                .Select(r => ArgumentFor(call, callee, r.Resource)))
            .OfType<IrExpression>()
            .Select(path => new Effect(EffectKind.Read, call, Resource.PathOf(path, scope), Detail: function));
        var handled = scope.Package.Facts.MayHandleFailureOf(call);
        var uses = withParameters
            .SelectMany(callee => scope.Package.LibraryEffectsOf(callee) is var effects
                ? effects.WrittenPaths.Concat(handled ? [] : effects.FailingPaths).Select(name => call.ArgumentFor(callee, name))
                : [])
            .OfType<IrExpression>()
            .Select(path => new Effect(EffectKind.Write, call, Resource.PathOf(path, scope), Detail: function));
        return checks.DistinctBy(e => e.Resource!.Key).Concat(uses.DistinctBy(e => e.Resource!.Key)).ToList();
    }

    /// <summary>True when the callee writes the parameter's path whether or not anything is there, or uses it unchecked
    /// where a path that vanished fails and nothing around <paramref name="call"/> may handle that
    /// (<see cref="PathHelper"/>): a method of the type called with a path (<c>return t.saveToCache(cacheFile, req)</c>)
    /// uses it at the call as a plain function does.</summary>
    private bool UsesUnchecked(CallExpression call, FunctionDecl callee, Resource path)
    {
        var effects = scope.Package.LibraryEffectsOf(callee);
        return effects.WrittenPaths.Concat(scope.Package.Facts.MayHandleFailureOf(call) ? [] : effects.FailingPaths)
            .Any(name => path.Key == Resource.PathKeyPrefix + name);
    }

    /// <summary>The argument a call passes for the parameter a callee's path resource names; null when the path is
    /// anything else (a constant, a field, a value the callee computes).</summary>
    private static IrExpression? ArgumentFor(CallExpression call, FunctionDecl callee, Resource path) =>
        callee.Parameters.FirstOrDefault(p => path.Key == Resource.PathKeyPrefix + p.Name) is { } parameter ? call.ArgumentFor(callee, parameter.Name) : null;

    /// <summary>False for a write the callee makes only when a parameter is given a value, at a call that passes null
    /// for it (<c>reset(null, frame)</c>, where reset removes the stream only if it is not null), or leaves out one
    /// whose default is null.</summary>
    private static bool Made(SummaryWrite write, IrExpression call, FunctionDecl callee) =>
        call is not CallExpression made || !write.NeedsGiven.Any(name => PassesNull(made, callee, name));

    /// <summary>The names a call passes for the parameters a callee's write needs given (<c>finish(err)</c> for a write
    /// made only when err is set); none when it needs none.</summary>
    private static IReadOnlyList<string> PassedOn(SummaryWrite write, CallExpression call, FunctionDecl callee) =>
        write.NeedsGiven.Count == 0 ? [] : [.. write.NeedsGiven.Select(name => call.ArgumentFor(callee, name)).OfType<NameExpression>().Select(n => n.Name)];

    private static bool PassesNull(CallExpression call, FunctionDecl callee, string name) =>
        call.ArgumentFor(callee, name) is { } argument
            ? argument is LiteralExpression { LiteralKind: LiteralKind.Null }
            : call.Arguments.All(a => a.Unpack == 0) && callee.Parameters.First(p => p.Name == name).Default is LiteralExpression { LiteralKind: LiteralKind.Null };

    /// <summary>A call to a method of a type declared here, on another object than the receiver. The tables its
    /// queries read and write are the same whichever object runs them (<c>store.FindLink(url)</c>,
    /// <c>store.InsertLink(url)</c>). When the method takes a lock of its own object, and the object is held in a field,
    /// a top-level variable, or a variable a started goroutine or thread shares with its starter
    /// (<c>table.IsRunning(name)</c>, <c>table.Start(name)</c>), its reads and writes of its receiver's state become
    /// accesses of that object's state, under a new acquisition of its lock: each call is atomic by itself, a pair of
    /// them is not. A keyed access (a map entry) becomes the entry for the call's first argument, so only calls with the
    /// same key pair. A removal is no act, as for <see cref="StoreEntry"/>.</summary>
    private List<Effect> ObjectMethod(IrExpression call, IrExpression target, string method, IrExpression? key)
    {
        // A local given the object a field of the receiver holds (sm := w.sessionManager) reaches that object.
        if (target is NameExpression { Name: var local } && scope.ValueOf(local, target) is MemberAccess held && scope.IsReceiver(held.Target)) target = held;
        // A class or static method called on the class itself (Model.find_by_key(k)) is one too, for the tables it reaches.
        if ((scope.ObjectTypeOf(target) ?? scope.TypeNamedBy(target)) is not { } type) return [];
        var callees = scope.Package.FunctionsCalled(type, method, call);
        if (!callees.Any(scope.Package.SynchronizesItself)) return PlainObjectWrites(call, target, method, callees);
        var summaries = callees.Select(scope.Package.SummaryOf).ToList();
        var effects = summaries.SelectMany(s => TableEffects(call, method, s)).ToList();
        if (summaries.Count == 0 || summaries.Any(s => s.Acquires.Count == 0 && !AtomicOnly(s))
            || ObjectKey(target) is not { } objectKey) return effects;
        var spelled = scope.Normalize(target);
        foreach (var (callee, summary) in callees.Zip(summaries))
        {
            var keyed = KeyedByFirstParameter(callee);
            var members = KeyMembers(call, callee, key);
            effects.AddRange(summary.Writes.Where(w => !w.Removes && OnReceiver(w.Resource) && Made(w, call, callee)).Select(w => new Effect(EffectKind.Write, call,
                OnObject(w.Resource, objectKey, target, key, keyed, members), Detail: $"{method}() writes {target.SourceCode}'s state", CalleeLocks: OnObject(w.OwnLocks, spelled),
                Helper: method, Rechecked: w.Rechecked, RefusedInCallee: w.RefusesWhenTaken, DecidedInCallee: w.DecidedInside, AtomicInCallee: w.Atomic, OnceIn: w.OnceIn, OnSomePathsInCallee: w.OnSomePaths)));
            effects.AddRange(summary.Reads.Where(r => OnReceiver(r.Resource)).Select(r => TakesFrom(summary, r)
                ? new Effect(EffectKind.AtomicCheckAndAct, call, OnObject(r.Resource, objectKey, target, key, keyed, members), Detail: $"{method}() takes from {target.SourceCode}'s state", Helper: method)
                : new Effect(EffectKind.Read, call, OnObject(r.Resource, objectKey, target, key, keyed, members), Detail: $"{method}() reads {target.SourceCode}'s state", CalleeLocks: OnObject(r.OwnLocks, spelled), Helper: method)));
        }
        return effects;
    }

    /// <summary>The writes a method of an object with no lock of its own makes to its fields, when a field of the receiver
    /// holds the object and the call is made for what it does (<c>self._server.initialize()</c>, which sets
    /// <c>self._supported</c>): state of that object, which only another call's writes and reads of it pair with, not a
    /// test of the field that holds it.</summary>
    private List<Effect> PlainObjectWrites(IrExpression call, IrExpression target, string method, IReadOnlyList<FunctionDecl> callees)
    {
        if (callees.Count == 0 || !IsStatement(call) || scope.ResourceOf(target) is not { Kind: ResourceKind.Field } held || !held.IsReceiverState) return [];
        return callees.Select(scope.Package.SummaryOf).SelectMany(s => s.Writes)
            .Where(w => !w.Removes && w.Resource is { Kind: ResourceKind.Field, IsReceiverState: true, IsOtherObjectsState: false } && w.OwnLocks.Count == 0)
            .Select(w => new Effect(EffectKind.Write, call, OnObject(w.Resource, held.Key, target, null, false, ReadOnlyDictionary<string, string>.Empty), Detail: $"{method}() writes {target.SourceCode}'s state",
                Helper: method, OnSomePathsInCallee: w.OnSomePaths))
            .ToList();
    }

    // A call made for what it does, its answer unused (self._server.initialize(), await self.nodes.discover()).
    private bool IsStatement(IrExpression call) =>
        call.Parent is ExpressionStatement || call.Parent is IrExpression awaited && scope.Package.Facts.YieldsToOtherTasks(awaited) && awaited.Parent is ExpressionStatement;

    /// <summary>True for a method that reaches its receiver's state only through atomic operations (<c>func (b *flag)
    /// isSet() bool { return atomic.LoadInt32(&amp;b.v) == 1 }</c>): each call is one step, as a locked method's is.</summary>
    private static bool AtomicOnly(MethodSummary summary)
    {
        var onReceiver = summary.Reads.Select(r => r.Resource).Concat(summary.Writes.Select(w => w.Resource)).Where(r => r.IsReceiverState && r.Kind != ResourceKind.Field).ToList();
        return onReceiver.Count > 0 && onReceiver.All(r => r.Kind == ResourceKind.ConcurrentEntry);
    }

    /// <summary>For each map of the receiver that the callee indexes by a member of the object a call hands it as its key,
    /// that member (<c>func (s *Store) Insert(e *Entry) { s.entries[e.Path] = e }</c>: "entries" → ".Path"), so that
    /// <c>s.Insert(entry)</c> names the entry <c>s.Find(entry.Path)</c> looks up. The first such index of a map counts.</summary>
    private static Dictionary<string, string> KeyMembers(IrExpression call, FunctionDecl callee, IrExpression? key)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        if (call is not CallExpression made || key is null || callee.Body is not { } body
            || callee.Parameters.FirstOrDefault(p => ReferenceEquals(made.ArgumentFor(callee, p.Name), key)) is not { } parameter) return members;
        foreach (var index in body.DescendantsAndSelf().OfType<IndexExpression>())
            if (index.Target is MemberAccess { Member: var field, Target: NameExpression { Name: var owner } } && owner == callee.ReceiverName && !members.ContainsKey(field)
                && index.Indices.SelectMany(i => i.DescendantsAndSelf()).OfType<MemberAccess>()
                    .FirstOrDefault(m => m.Target is NameExpression { Name: var name } && name == parameter.Name) is { Member: var member })
                members[field] = "." + member;
        return members;
    }

    /// <summary>True when the method hands its first parameter to a call as it is (<c>i.m.Load(key)</c>): the atomic map's
    /// entry it reaches is the one the caller's first argument names. A flag it only tests (<c>Set(flag bool)</c>) names
    /// none.</summary>
    private static bool KeyedByFirstParameter(FunctionDecl callee) =>
        callee is { Parameters: [var first, ..], Body: { } body }
        && body.DescendantsAndSelf().OfType<CallExpression>().Any(c => c.Arguments.Any(a => a.Value is NameExpression { Name: var name } && name == first.Name));

    private static IEnumerable<Effect> TableEffects(IrExpression call, string method, MethodSummary summary) =>
        summary.Writes.Where(w => w.Resource.Kind == ResourceKind.SqlTable)
            .Select(w => new Effect(EffectKind.Write, call, w.Resource, Detail: $"{w.Detail ?? "write"} inside {method}()", Helper: method, DecidedInCallee: w.DecidedInside, AtomicInCallee: w.Atomic, OnSomePathsInCallee: w.OnSomePaths))
            .Concat(summary.Reads.Where(r => r.Resource.Kind == ResourceKind.SqlTable)
                .Select(r => new Effect(EffectKind.Read, call, r.Resource, Detail: $"{method}() reads", Helper: method)));

    private static bool OnReceiver(Resource resource) =>
        resource.Kind is ResourceKind.Field or ResourceKind.Element or ResourceKind.ConcurrentEntry && resource.IsReceiverState;

    /// <summary>The key of the shared object a call is made on: a field of the receiver, a top-level variable, a
    /// variable a started goroutine or thread shares, or an object a parameter reaches (<c>c.State</c>: the caller
    /// hands it in, and other callers may hold it too); null for any other.</summary>
    private string? ObjectKey(IrExpression target) =>
        (scope.ResourceOf(target) is { Kind: ResourceKind.Field } resource ? resource : scope.ParameterStateOf(target))?.Key;

    /// <summary>The callee's receiver state as the state of the object the call is made on: an entry of a map for the
    /// call's key (<paramref name="key"/>), for an atomic map only when the callee looks up the key it is handed
    /// (<paramref name="keyedAtomically"/>), or for the member of it the callee indexes that map by (<see
    /// cref="KeyMembers"/>); else the field itself.</summary>
    private Resource OnObject(Resource resource, string objectKey, IrExpression target, IrExpression? key, bool keyedAtomically,
        IReadOnlyDictionary<string, string> members)
    {
        if (key is null || resource.Kind != ResourceKind.Element && !(resource.Kind == ResourceKind.ConcurrentEntry && keyedAtomically))
            return new Resource(resource.Kind, objectKey + Resource.ObjectStateSeparator + resource.Key[Resource.ReceiverKeyPrefix.Length..],
                target.SourceCode + resource.Key[(Resource.ReceiverKeyPrefix.Length - 1)..]);
        var member = resource.ReceiverField is { } field && members.TryGetValue(field, out var indexed) ? indexed : "";
        return new Resource(ResourceKind.StoreEntry, $"{objectKey}[{scope.Normalize(key)}{member}]", $"{target.SourceCode}'s entry for {key.SourceCode}{member}");
    }

    // The callee's receiver is the object the call is made on: its lock on itself (a Java monitor) is that object's.
    private static List<SummaryLock> OnObject(IReadOnlyList<SummaryLock> locks, string spelledObject) =>
        locks.Select(l => l with
        {
            Name = l.Name == "this" ? spelledObject
                : l.Name.StartsWith(Resource.ReceiverKeyPrefix, StringComparison.Ordinal) ? spelledObject + l.Name[(Resource.ReceiverKeyPrefix.Length - 1)..]
                : l.Name,
        }).ToList();

    /// <summary>What a callee's summary can tell its caller: state reached through the receiver or named globally (a
    /// table). A path, cache key or store entry named by the callee's own local or parameter is another variable at
    /// the call.</summary>
    private static bool Shared(Resource resource) => resource.Kind switch
    {
        ResourceKind.StoreEntry => false,
        ResourceKind.FilePath or ResourceKind.CacheKey => resource.Key.Contains(Resource.ReceiverKeyPrefix, StringComparison.Ordinal),
        _ => true,
    };
}
