using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Fields one concurrent task alone changes: only the methods that one spawn runs (one go statement, one thread start,
/// not in a loop) write them, and other code at most reads them where it stands. No other goroutine or thread changes
/// such a field, so a check on that task and its act cannot be split, whatever locks other code takes around it. The
/// proof needs every use of the field the package shows:
/// <list type="bullet">
/// <item>a change is made through the receiver of a method of the field's type, on an object a function has just made
/// (<c>c := &amp;T{}; c.f = v</c>), or in a constructor;</item>
/// <item>every method that changes it is one only the package can call, and is reached only by calls on the receiver
/// that lead back to the one spawn: none runs in a closure handed elsewhere, none is passed on as a method value except
/// to the spawn itself, and none is reached from a method with no caller in the package.</item>
/// </list>
/// Test code is left out of the proof for the product's own methods: a test drives them one at a time.
/// </summary>
internal static class TaskConfinement
{
    /// <summary>True when every change of the field <paramref name="field"/> of <paramref name="ownerType"/> the package
    /// shows is made on the one task that runs <paramref name="actor"/>, through the receiver of a method of the type:
    /// a check there cannot go stale before that task's act, whatever other threads read meanwhile. With
    /// <paramref name="othersMayAppend"/>, uses off that task may also append (<see cref="Effect.Appends"/>): a consumer
    /// that alone takes items out while producers on other threads only add behind them finds what it checked still
    /// there, in the same place, when it takes it. A use off the task must read the field (or append to it) in place;
    /// one that hands it on (to a call, a variable) may change it anywhere.</summary>
    public static bool ChangesAlone(PackageModel package, string ownerType, string field, FunctionDecl actor, bool othersMayAppend)
    {
        var known = new Dictionary<FunctionDecl, IReadOnlyList<IrNode>?>(ReferenceEqualityComparer.Instance);
        // A field the type does not declare is another's: a Java inner class's method names its outer object's fields.
        if (package.FieldOf(ownerType, field) is not { } declared || OneTask(package, actor, known) is not { } task) return false;
        var plainValue = package.Facts.HoldsValue(declared);
        // A test drives the product's methods one at a time; test code's own threads are another matter.
        var testsAside = !package.IsTestCode(actor);
        foreach (var use in package.MemberAccessesNamed(field))
        {
            var function = use.EnclosingFunction();
            if (function is null) return false;
            if (testsAside && package.IsTestCode(use) || package.Facts.IsConstructor(function) || IsSetUp(package, function, use)) continue;
            if (IsOtherTypesOwnField(function, ownerType, use)) continue;
            if (OnTask(package, function, use, ownerType, task, known)) continue;
            if (!ReadsOrAppends(package, function, use, field, othersMayAppend, plainValue)) return false;
        }
        return true;
    }

    /// <summary>True when <paramref name="use"/> is made through the receiver of a method of the type that only
    /// <paramref name="task"/> runs, where it is written (not in a closure handed elsewhere).</summary>
    private static bool OnTask(PackageModel package, FunctionDecl function, MemberAccess use, string ownerType, IrNode task,
        Dictionary<FunctionDecl, IReadOnlyList<IrNode>?> known) =>
        function.OwnerType == ownerType && use.Target is NameExpression { Name: var name } && name == function.ReceiverName
        && !InClosureHandedOn(use, function) && ReferenceEquals(OneTask(package, function, known), task);

    /// <summary>True for a use of the field through the receiver of a method of another type: that type's own field of
    /// the same name.</summary>
    private static bool IsOtherTypesOwnField(FunctionDecl function, string ownerType, MemberAccess use) =>
        function.OwnerType != ownerType && use.Target is NameExpression { Name: var self } && self == function.ReceiverName;

    /// <summary>True when <paramref name="node"/> stands in a function literal of <paramref name="function"/> that is not
    /// called where it is written: it may run on any goroutine or thread it is handed to.</summary>
    private static bool InClosureHandedOn(IrNode node, FunctionDecl function) =>
        node.Ancestors().TakeWhile(a => !ReferenceEquals(a, function)).Any(a => a is FunctionLiteral { RunsWhereWritten: false });

    /// <summary>The one spawn that runs <paramref name="function"/>; null when none or several do, or something else can.</summary>
    private static IrNode? OneTask(PackageModel package, FunctionDecl function, Dictionary<FunctionDecl, IReadOnlyList<IrNode>?> known) =>
        TasksReaching(package, function, known) is { Count: > 0 } tasks && tasks.All(t => ReferenceEquals(t, tasks[0])) ? tasks[0] : null;

    /// <summary>True when <paramref name="use"/>, on the function's own receiver, reads the field (or, with
    /// <paramref name="appends"/>, appends to it) where it stands: unless the field holds a plain value
    /// (<paramref name="plainValue"/>, <see cref="ILanguageFacts.HoldsValue"/>), it is not handed to a call (but to the
    /// language's length), stored or returned; and every access of the field the function makes through it (a call on
    /// it, a subscript of it, a deletion) is a read or an append; a method of the field the facts do not know may take
    /// items out.</summary>
    private static bool ReadsOrAppends(PackageModel package, FunctionDecl function, MemberAccess use, string field, bool appends, bool plainValue)
    {
        if (use.Target is not NameExpression { Name: var target } || target != function.ReceiverName) return false;
        if (!plainValue && HandsOn(package, use)) return false;
        var through = use.Ancestors().TakeWhile(n => n is not IrStatement).Prepend(use).ToHashSet(ReferenceEqualityComparer.Instance);
        var accesses = package.ModelOf(function).Accesses.Where(a => a.Resource?.ReceiverField == field && through.Contains(a.Effect.Node)).ToList();
        var calledOn = use.Parent is MemberAccess { Parent: CallExpression called } callee && ReferenceEquals(called.Callee, callee);
        if (calledOn && accesses.Count == 0) return false;
        return accesses.All(a => a.Effect.Kind == EffectKind.Read || appends && a.Effect is { Kind: EffectKind.Write, Appends: true });
    }

    /// <summary>True when <paramref name="use"/> is handed to a call (but to the language's length), stored or returned.</summary>
    private static bool HandsOn(PackageModel package, MemberAccess use) =>
        use.Parent is Argument { Parent: CallExpression call } && !ReferenceEquals(package.Facts.LengthOperand(call), use)
        || use.Parent is Assignment { Values: var values } && values.Contains(use) || use.Parent is ReturnStatement;

    /// <summary>The spawns that run <paramref name="function"/>; null when something else can run it.</summary>
    private static IReadOnlyList<IrNode>? TasksReaching(PackageModel package, FunctionDecl function, Dictionary<FunctionDecl, IReadOnlyList<IrNode>?> known)
    {
        if (known.TryGetValue(function, out var found)) return found;
        known[function] = [];
        // A thread class's run, which nothing calls directly: each object runs it once, on a thread of its own (a second
        // start of one object fails).
        if (package.IsThreadBody(function))
            return known[function] = package.CallSitesReaching(function).Any(c => !package.IsTestCode(c.Call)) ? null : [function];
        if (function.OwnerType is null || package.Facts.IsVisibleOutsidePackage(function)) return known[function] = null;
        var tasks = new List<IrNode>();
        var passes = package.CallsPassing(function.Name).Where(p => !package.IsTestCode(p.Call)).ToList();
        var calls = package.CallSitesOf(function.Name).Where(c => !package.IsTestCode(c.Call)).ToList();
        if (passes.Count + calls.Count == 0) return known[function] = null;
        foreach (var pass in passes)
        {
            var passed = pass.Call.Arguments.Select(a => a.Value).OfType<MemberAccess>().First(m => m.Member == function.Name);
            if (UnsharedRuns.OtherTypesOwn(package, function, pass.Caller, passed)) continue;
            // Handed to the spawn itself (Thread(target=self.run), go wait.Until(c.run, …)); anywhere else it may run
            // on any goroutine.
            IrNode? spawn = package.Facts.SpawnedCallable(pass.Call) is not null ? pass.Call : pass.Call.Parent as SpawnStatement;
            if (!OnOwnReceiver(function, pass.Caller, passed) && !(spawn is not null && OnObjectMadeHere(package, function, pass.Caller, passed)))
                return known[function] = null;
            if (spawn is null || !StartsOnce(package, spawn, pass.Caller)) return known[function] = null;
            tasks.Add(spawn);
        }
        foreach (var call in calls)
        {
            if (call.Call.Callee is not MemberAccess callee || UnsharedRuns.OtherTypesOwn(package, function, call.Caller, callee)
                || OnOtherTypesObject(package, function, call.Caller, callee)) continue;
            var spawn = SpawnAround(call.Call, call.Caller, package);
            // A constructor function that starts the method on the object it has just made (b := &Batcher{}; go b.loop())
            // starts the one task that object gets.
            if (!OnOwnReceiver(function, call.Caller, callee) && !(spawn is not null && OnObjectMadeHere(package, function, call.Caller, callee)))
            {
                if (OnDeclaredOtherType(package, function, call.Caller, callee)) continue;
                return known[function] = null;
            }
            if (spawn is not null)
            {
                tasks.Add(spawn);
                continue;
            }
            if (InClosureHandedOn(call.Call, call.Caller)) return known[function] = null;
            if (TasksReaching(package, call.Caller, known) is not { } callerTasks) return known[function] = null;
            tasks.AddRange(callerTasks);
        }
        return known[function] = tasks;
    }

    /// <summary>True for <c>b.m</c> where <c>b</c> is an object of this function's type that the caller made
    /// (<c>b := &amp;Batcher{}</c>).</summary>
    private static bool OnObjectMadeHere(PackageModel package, FunctionDecl function, FunctionDecl caller, MemberAccess member) =>
        TypeMadeFor(package, caller, member) == function.OwnerType;

    /// <summary>True for <c>b.m</c> where <c>b</c> is an object of another type that the caller made
    /// (<c>c := &amp;Counter{}; go c.loop()</c>): that type's own <c>m</c>, not this function.</summary>
    private static bool OnOtherTypesObject(PackageModel package, FunctionDecl function, FunctionDecl caller, MemberAccess member) =>
        TypeMadeFor(package, caller, member) is { } made && made != function.OwnerType;

    /// <summary>True for <c>x.m</c> where the code declares <c>x</c> an object of another type (<c>item.info.clean()</c>,
    /// with <c>info Info</c>): that type's own <c>m</c>, not this function.</summary>
    private static bool OnDeclaredOtherType(PackageModel package, FunctionDecl function, FunctionDecl caller, MemberAccess member) =>
        package.ScopeOf(caller).ObjectTypeOf(member.Target) is { } type && type != function.OwnerType;

    /// <summary>The type of the object the caller made and holds in the local <paramref name="member"/> is called on; null
    /// when it did not make one there.</summary>
    private static string? TypeMadeFor(PackageModel package, FunctionDecl caller, MemberAccess member) =>
        member.Target is NameExpression { Name: var name } && package.ScopeOf(caller).ValueOf(name, member) is { } value
            ? package.Facts.CreatedType(value)
            : null;

    /// <summary>True for <c>self.m</c> in a method of this function's own type.</summary>
    private static bool OnOwnReceiver(FunctionDecl function, FunctionDecl caller, MemberAccess member) =>
        member.Target is NameExpression { Name: var target } && target == caller.ReceiverName && caller.OwnerType == function.OwnerType;

    /// <summary>The go statement or thread start in <paramref name="caller"/> that <paramref name="node"/> runs inside,
    /// when it starts one task (<see cref="StartsOnce"/>); null otherwise.</summary>
    private static IrNode? SpawnAround(IrNode node, FunctionDecl caller, PackageModel package)
    {
        var spawn = node.Ancestors().TakeWhile(a => !ReferenceEquals(a, caller))
            .FirstOrDefault(a => a is SpawnStatement || a is CallExpression call && package.Facts.SpawnedCallable(call) is not null);
        return spawn is not null && StartsOnce(package, spawn, caller) ? spawn : null;
    }

    /// <summary>True when <paramref name="spawn"/> starts one task: not in a loop, and not in a function that runs over
    /// and over (<see cref="PackageModel.RunsRepeatedly"/>).</summary>
    private static bool StartsOnce(PackageModel package, IrNode spawn, FunctionDecl caller) =>
        !SpawnSite.StartsRepeatedly(spawn, caller, package.Facts) && !package.RunsRepeatedly(caller);

    /// <summary>True for a field set on an object the function has just made (<c>c := &amp;T{}; c.f = v</c>): the object is
    /// not shared yet.</summary>
    private static bool IsSetUp(PackageModel package, FunctionDecl function, MemberAccess use) =>
        use.Target is NameExpression { Name: var name } && name != function.ReceiverName
        && package.ScopeOf(function).ValueOf(name, use) is { } value && package.Facts.CreatedType(value) is not null;
}
