using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Methods that run where no other thread can reach their receiver, so a check and an act in them cannot be split by
/// another goroutine or thread. Only a method the package alone can call qualifies, and only when every use of it
/// the package shows is one of:
/// <list type="bullet">
/// <item>passed as a method value to a call that runs it once (<c>once.Do(c.init)</c>), and never called directly;</item>
/// <item>called, and not started in parallel, on an object the caller has just made (<c>idx := &amp;T{…};
/// idx.load()</c>), or on its own receiver in the constructor (<c>self._load()</c> in <c>__init__</c>), before anything
/// else could see that object: up to the call, the object is only made and its fields set.</item>
/// </list>
/// </summary>
internal static class UnsharedRuns
{
    public static bool Holds(PackageModel package, FunctionDecl function)
    {
        if (function.OwnerType is null || package.Facts.IsVisibleOutsidePackage(function)) return false;
        var calls = package.CallSitesOf(function.Name)
            .Where(s => s.Call.Callee is MemberAccess callee && !OtherTypesOwn(package, function, s.Caller, callee)).ToList();
        var passes = package.CallsPassing(function.Name);
        if (passes.Count > 0)
            return calls.Count == 0 && passes.All(p => package.Facts.RunsArgumentOnce(p.Call, package.ScopeOf(p.Caller)));
        return calls.Count > 0 && calls.All(c => OnFreshObject(package, function, c));
    }

    /// <summary>True for <c>self.m</c> in a method of another type that has its own <c>m</c>: not this function.</summary>
    public static bool OtherTypesOwn(PackageModel package, FunctionDecl function, FunctionDecl caller, MemberAccess member) =>
        member.Target is NameExpression { Name: var target } && target == caller.ReceiverName && caller.OwnerType is { } other
        && other != function.OwnerType && package.FunctionsNamed(other, member.Member).Count > 0;

    /// <summary>True when the call runs the method on an object still being made: the constructor's own call
    /// (<c>FileCache(name)</c>), or a call the constructor makes on its receiver before it hands it on
    /// (<c>self.create()</c> in <c>__init__</c>). The object's own fields are the caller's alone there; what the
    /// method reaches beyond them (a class attribute, a top-level variable) is not.</summary>
    public static bool OnObjectInTheMaking(PackageModel package, FunctionDecl function, CallSite site) =>
        function.OwnerType is not null
        && (package.Facts.RunsOnCreation(function) && package.Facts.CreatedType(site.Call) == function.OwnerType
            || site.Call.Callee is MemberAccess { Target: NameExpression { Name: var name } } && name == site.Caller.ReceiverName && OnFreshObject(package, function, site));

    private static bool OnFreshObject(PackageModel package, FunctionDecl function, CallSite site)
    {
        var caller = site.Caller;
        var target = ((MemberAccess)site.Call.Callee).Target;
        if (target is not NameExpression { Name: var name } || caller.Body is null) return false;
        // Started in parallel (go x.m()) or from a closure that may run later, the call need not end before the object
        // is handed on.
        if (InStartOrClosure(site)) return false;
        if (name == caller.ReceiverName)
            return package.Facts.IsConstructor(caller) && caller.OwnerType == function.OwnerType
                   && OnlySetUpBefore(package, site, name);
        return MadeByCaller(package, function, site, name) && OnlySetUpBefore(package, site, name);
    }

    /// <summary>True when the call is made on an object the caller made itself (<c>x := &amp;T{…}; …; x.m()</c>) and the
    /// caller starts no concurrent work (no go statement, thread start or closure): no other thread can hold the object
    /// while the caller runs, so the call needs none of the object's locks. Tests call methods this way.</summary>
    public static bool OnConfinedObject(PackageModel package, FunctionDecl function, CallSite site)
    {
        var caller = site.Caller;
        if (site.Call.Callee is not MemberAccess { Target: NameExpression { Name: var name } } || caller.Body is null
            || name == caller.ReceiverName || function.OwnerType is null || !MadeByCaller(package, function, site, name)) return false;
        bool Starts(IrNode n) => n is SpawnStatement or FunctionLiteral || n is CallExpression call && package.Facts.SpawnedCallable(call) is not null;
        // Concurrent work the caller starts only after the call (cfg := &T{…}; cfg.fill(); remotes[k] = cfg; go run(cfg))
        // cannot reach the object before it, provided nothing hands the object on before the call either.
        return !caller.Body.DescendantsAndSelf().Any(Starts)
               || caller.Body.DescendantsAndSelf().Where(Starts).All(n => n.Span.StartOffset > site.Call.Span.EndOffset && !InOneLoop(n, site.Call, caller))
               && !UsesBefore(package, site, name).Any(use => IsHandedOn(use, package.Facts));
    }

    /// <summary>True when a loop of <paramref name="caller"/> holds both nodes: a later turn runs the first after the second.</summary>
    private static bool InOneLoop(IrNode first, IrNode second, FunctionDecl caller) =>
        second.Ancestors().TakeWhile(a => !ReferenceEquals(a, caller)).OfType<LoopStatement>().Any(loop => loop.Span.Contains(first.Span));

    /// <summary>The uses, before the call, of the object the call is made on: of the local <paramref name="name"/> while
    /// it holds the value it has at the call, so not of another object a variable of that name held in another branch
    /// (the target that gives it the value is not one either), and not in the other arm of an if or switch the call is
    /// in, which the same run does not take.</summary>
    private static IEnumerable<NameExpression> UsesBefore(PackageModel package, CallSite site, string name)
    {
        var scope = package.ScopeOf(site.Caller);
        var value = scope.ValueOf(name, site.Call);
        return site.Caller.Body!.DescendantsAndSelf().OfType<NameExpression>()
            .Where(n => n.Name == name && n.Span.StartOffset < site.Call.Span.StartOffset && ReferenceEquals(scope.ValueOf(name, n), value)
                        && !(n.IsOnOtherBranchThan(site.Call) && !InOneLoop(n, site.Call, site.Caller)));
    }

    /// <summary>True when the use stores, passes, sends or returns the object: anything but an assignment's target, the
    /// object of a field access or a call of its own methods, or a side of a comparison (<c>if cfg != nil</c>).</summary>
    private static bool IsHandedOn(NameExpression use, ILanguageFacts facts) =>
        !PackageModel.IsAssigned(use) && use.Parent is not MemberAccess
        && !(use.Parent is BinaryExpression comparison && ValueTests.Equality(comparison, facts) is not null);

    /// <summary>True when the call is made on the caller's own receiver, in the caller's own flow, and every call of the
    /// caller is one on a confined object (<see cref="OnConfinedObject"/>): <c>r := &amp;reader{…}; return
    /// r.finishAndClose(err)</c>, where <c>finishAndClose</c> calls <c>r.finish(err)</c>. The object is still its
    /// maker's.</summary>
    public static bool OnConfinedReceiver(PackageModel package, FunctionDecl function, CallSite site)
    {
        var caller = site.Caller;
        if (site.Call.Callee is not MemberAccess { Target: NameExpression { Name: var name } } || name != caller.ReceiverName
            || caller.OwnerType != function.OwnerType || package.Facts.IsVisibleOutsidePackage(caller) || package.CallsPassing(caller.Name).Count > 0
            || InStartOrClosure(site)) return false;
        var calls = package.CallSitesReaching(caller);
        return calls.Count > 0 && calls.All(c => OnConfinedObject(package, caller, c));
    }

    /// <summary>True when the call stands, in its caller, in a go statement or a function literal: it may run after the
    /// caller has handed the object on.</summary>
    private static bool InStartOrClosure(CallSite site) =>
        site.Call.Ancestors().TakeWhile(a => !ReferenceEquals(a, site.Caller)).Any(a => a is SpawnStatement or FunctionLiteral);

    /// <summary>True when the local <paramref name="name"/> the call is made on was last given a new object of the
    /// called method's type in the caller.</summary>
    private static bool MadeByCaller(PackageModel package, FunctionDecl function, CallSite site, string name) =>
        package.ScopeOf(site.Caller).ValueOf(name, site.Call) is { } value && package.Facts.CreatedType(value) == function.OwnerType;

    /// <summary>True when, before the call, the object <paramref name="name"/> denotes is used only to be made and to have
    /// its fields set (<c>x.f = v</c>, <c>x.m[k] = v</c>, with values that do not mention it).</summary>
    private static bool OnlySetUpBefore(PackageModel package, CallSite site, string name) =>
        UsesBefore(package, site, name).All(use => PackageModel.IsAssigned(use) || IsFieldSet(use, name));

    private static bool IsFieldSet(NameExpression use, string name)
    {
        IrExpression target = use;
        while (target.Parent is MemberAccess member && ReferenceEquals(member.Target, target)
               || target.Parent is IndexExpression index && ReferenceEquals(index.Target, target))
            target = (IrExpression)target.Parent;
        return !ReferenceEquals(target, use) && target.Parent is Assignment setting && setting.Targets.Contains(target)
               && !setting.Values.Any(v => v.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == name));
    }
}
