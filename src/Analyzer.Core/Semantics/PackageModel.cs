using System.Collections.Concurrent;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The semantic model of one package: the modules of one directory in one language (a Go package; a Python
/// package directory). Knows its types, fields, methods and call sites, and builds each function's model on demand.
/// </summary>
public sealed class PackageModel
{
    private readonly Dictionary<string, TypeDecl> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<(string? Owner, string Name), List<FunctionDecl>> _functions = new();
    private readonly Dictionary<string, List<FunctionDecl>> _constructors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CallSite>> _callSitesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CallSite>> _passedByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SpawnSite>> _spawnsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _fieldsGivenMethod = new(StringComparer.Ordinal);
    private readonly Dictionary<FunctionDecl, List<SpawnSite>> _literalSpawns = new(ReferenceEqualityComparer.Instance);
    private readonly List<(FunctionDecl Starter, int Parameter, IrNode Start, bool Repeated)> _startedParameters = [];
    private readonly Dictionary<FunctionLiteral, IrNode> _handedStarts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IrNode, IrNode> _handingCalls = new(ReferenceEqualityComparer.Instance);
    private readonly List<FunctionLiteral> _handlerLiterals = [];
    private readonly List<(IrExpression Registered, FunctionDecl? Registrar)> _registeredHandlers = [];
    private readonly List<(IrNode Site, FunctionDecl Spawner, bool Repeated, IrExpression Target, string Method)> _spawnsOnObjects = [];
    private readonly ConcurrentDictionary<FunctionDecl, FunctionModel> _models = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<FunctionDecl, HeldLock?> _conventions = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<FunctionDecl, FlowWalker>> _cycleWalks = new();
    private Dictionary<FunctionDecl, int>? _callCycles;
    private readonly ConcurrentDictionary<FunctionDecl, bool> _unshared = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<FunctionDecl, FunctionScope> _scopes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(Module? Module, string Name), FieldDecl> _globals = new();
    private readonly HashSet<string> _changedNames = new(StringComparer.Ordinal);
    private readonly HashSet<(string Owner, string Field)> _setAfterConstruction = [];
    private readonly Dictionary<(string Type, string Field), List<IrExpression>> _keyedValues = [];
    private readonly ConcurrentDictionary<(string Type, string Field), bool> _lockChannels = new();
    private readonly ConcurrentDictionary<FunctionDecl, string?> _resultTypes = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(FunctionDecl Function, string Name), bool> _readsOnlyToKeepWritersOut = new();
    private readonly MethodSummaries _summaries;
    private readonly HashSet<FunctionDecl> _tooDeep = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<FunctionDecl, LibraryEffects> _libraryEffects = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<FunctionDecl, bool> _synchronizesItself = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<FunctionDecl, bool> _mayTouchShared = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, FunctionDecl?> _lockingMethods = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<FunctionDecl, RequestHandler>> _servingHandlers;
    private readonly Lazy<Dictionary<string, IReadOnlySet<FunctionDecl>>> _startersByType;
    private readonly Lazy<ILookup<string, FunctionDecl>> _methodsByOwner;
    private readonly Lazy<ILookup<string, MemberAccess>> _memberAccesses;
    private readonly Func<string, bool> _isTestCode;
    private readonly ConcurrentDictionary<(string Owner, string Field, FunctionDecl Actor, bool OthersMayAppend), bool> _changedAlone = new();
    private readonly ConcurrentDictionary<string, string?> _typeReturnedBy = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(FunctionDecl Function, int HandOns), IReadOnlyList<string>> _flagParameters = new();
    private readonly ConcurrentDictionary<FunctionDecl, (IReadOnlyList<string> Tested, IReadOnlyList<(string Parameter, FunctionDecl Callee, string As)> HandedOn)> _flagUses = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(FunctionDecl Function, string Parameter), (IrExpression Argument, IrNode At, SpawnSite Start)?> _sharedArguments = new();
    private readonly List<(string Method, SpawnSite Spawn, IrExpression Made)> _madeEachTurn = [];
    private readonly ConcurrentDictionary<string, CallsOfName> _callsByName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<CallSite>> _makings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Owner, string Name), IReadOnlyList<FunctionDecl>> _inherited = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<TypeDecl>> _selfAndSupertypes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Module, ModuleImports> _imports = new(ReferenceEqualityComparer.Instance);

    /// <summary>Builds the model of <paramref name="modules"/>, read by a frontend with <paramref name="facts"/>.</summary>
    /// <param name="language">The frontend's language id.</param>
    /// <param name="facts">The language's facts.</param>
    /// <param name="modules">The package's files.</param>
    /// <param name="isTestCode">Tells test files by path (the frontend's <see cref="Frontends.ILanguageFrontend.IsTestCode"/>);
    /// by default no file is one.</param>
    public PackageModel(string language, ILanguageFacts facts, IReadOnlyList<Module> modules, Func<string, bool>? isTestCode = null)
    {
        _isTestCode = isTestCode ?? (static _ => false);
        Language = language;
        Facts = facts;
        Modules = modules;
        _summaries = new MethodSummaries(this);
        _servingHandlers = new Lazy<Dictionary<FunctionDecl, RequestHandler>>(() => RequestHandlers.ByFunction(this));
        _startersByType = new Lazy<Dictionary<string, IReadOnlySet<FunctionDecl>>>(StartersByType);
        _methodsByOwner = new Lazy<ILookup<string, FunctionDecl>>(() => Functions.Where(f => f.OwnerType is not null).ToLookup(f => f.OwnerType!, StringComparer.Ordinal));
        _memberAccesses = new Lazy<ILookup<string, MemberAccess>>(() =>
            Modules.SelectMany(m => m.DescendantsAndSelf(IsAnalyzed)).OfType<MemberAccess>().ToLookup(a => a.Member, StringComparer.Ordinal));
        foreach (var module in modules)
        {
            _tooDeep.UnionWith(FunctionNesting.TooDeep(module).Select(t => t.Function));
            foreach (var node in module.DescendantsAndSelf(IsAnalyzed))
                Index(node);
            foreach (var assignment in module.Body.OfType<Assignment>())
                IndexGlobals(module, assignment);
        }
        IndexHandedStarts();
        foreach (var (site, spawner, repeated, target, method) in _spawnsOnObjects)
            if (StartedObjectType(site, spawner, target, method) is { } type)
                AddStartOnObject(method, site, spawner, repeated, target, type);
        _spawnsOnObjects.Clear();
        IndexThreadStarts();
    }

    /// <summary>Indexes what a call hands a function of the package that starts the function value it is given (<c>func
    /// (i *instance) forEach(fn func(block)) { for _, b := range i.blocks { go fn(b) } }</c>): a function literal, written
    /// there or held in a local (<c>search := func(b block) { … }; i.forEach(search)</c>), a function named, or a
    /// method value (<c>pool.run(self._work)</c>) is started at that call, as often as the starter starts it.</summary>
    private void IndexHandedStarts()
    {
        foreach (var (starter, parameter, start, repeated) in _startedParameters)
            foreach (var site in CallSitesOf(starter.Name).Where(s => Reaches(s, starter)))
            {
                if (site.Call.Arguments.TakeWhile(a => a is { Name: null, Unpack: 0 }).ElementAtOrDefault(parameter)?.Value is not { } handed) continue;
                _handingCalls.TryAdd(site.Call, start);
                var literal = handed as FunctionLiteral
                              ?? (handed is NameExpression { Name: var local } ? ScopeOf(site.Caller).ValueOf(local, site.Call) as FunctionLiteral : null);
                if (literal is not null)
                {
                    if (!_handedStarts.TryAdd(literal, site.Call)) continue;
                    if (!_literalSpawns.TryGetValue(site.Caller, out var literals)) _literalSpawns[site.Caller] = literals = [];
                    literals.Add(new SpawnSite(site.Call, site.Caller, repeated, site.Caller.OwnerType));
                }
                else if (handed is NameExpression { Name: var function })
                    AddSpawn(function, new SpawnSite(site.Call, site.Caller, repeated, null));
                else if (handed is MemberAccess { Target: var target, Member: var method })
                    NoteMethodSpawn(site.Call, site.Caller, repeated, target, method);
            }
    }

    // The call runs the starter: a plain function by its bare name, a method on the caller's own receiver or on an
    // object of the starter's type.
    private bool Reaches(CallSite site, FunctionDecl starter) => site.Call.Callee switch
    {
        NameExpression => starter.OwnerType is null,
        MemberAccess { Target: var target } => starter.OwnerType is { } owner
                                               && (ScopeOf(site.Caller).IsReceiver(target) ? site.Caller.OwnerType == owner : ScopeOf(site.Caller).ObjectTypeOf(target) == owner),
        _ => false,
    };

    /// <summary>The call that hands <paramref name="literal"/> to a function of the package that starts it
    /// (<see cref="IndexHandedStarts"/>); null when none does.</summary>
    public IrNode? HandedStart(FunctionLiteral literal) => _handedStarts.GetValueOrDefault(literal);

    /// <summary>For a call that hands a function value to a function of the package that starts it
    /// (<see cref="IndexHandedStarts"/>), the start in that function, where the value is set going; null for any other
    /// call.</summary>
    public IrNode? StartHandedTo(IrNode call) => _handingCalls.GetValueOrDefault(call);

    /// <summary>Indexes the starts of objects of thread classes (<c>Poller().start()</c> for a class derived from
    /// <c>threading.Thread</c>): each starts the method the class's thread runs, on that object.</summary>
    private void IndexThreadStarts()
    {
        foreach (var type in _types.Values)
        {
            if (ThreadMethodsOf(type.Name) is not var (start, runs) || FunctionsNamed(type.Name, runs).Count == 0) continue;
            foreach (var site in CallSitesOf(start))
                if (site.Call is { Callee: MemberAccess { Target: var target }, Arguments.Count: 0 }
                    && (ScopeOf(site.Caller).ObjectTypeOf(target) ?? TypeMadeBy(target)) == type.Name)
                    AddStartOnObject(runs, site.Call, site.Caller, SpawnSite.StartsRepeatedly(site.Call, site.Caller, Facts), target, type.Name, target);
        }
    }

    /// <summary>Indexes a start of <paramref name="method"/> on <paramref name="target"/>, an object of
    /// <paramref name="type"/>. In a loop that makes the object on each turn, each copy runs on an object of its own,
    /// which is kept apart (<see cref="StartSharingObject"/>): the objects may still share what their fields hold.</summary>
    private void AddStartOnObject(string method, IrNode site, FunctionDecl spawner, bool repeated, IrExpression target, string type, IrExpression? startedObject = null)
    {
        var made = repeated ? MadeEachTurn(site, spawner, target) : null;
        var spawn = new SpawnSite(site, spawner, repeated && made is null, type, startedObject);
        AddSpawn(method, spawn);
        if (made is not null) _madeEachTurn.Add((method, spawn, made));
    }

    /// <summary>The start of <paramref name="function"/> on objects made one per turn of a loop that all hold one object
    /// in <paramref name="field"/> (<c>for … { w := &amp;worker{stats: s}; go w.run() }</c>, <c>Worker(stats,
    /// key).start()</c>, where the constructor keeps <c>stats</c> in <c>self.stats</c>), whose copies share that object; null
    /// when there is none.</summary>
    public SpawnSite? StartSharingObject(FunctionDecl function, string field) =>
        _madeEachTurn.FirstOrDefault(start => start.Method == function.Name && start.Spawn.OwnerType == function.OwnerType
                                              && FieldValueAt(start.Made, start.Spawn.OwnerType!, field) is { } value
                                              && HeldAcrossTurns(value, start.Spawn.Site, start.Spawn.Site, start.Spawn.Spawner))
            .Spawn;

    /// <summary>A start of <paramref name="function"/> on objects made one per turn of a loop (<c>for … { w := &amp;worker{};
    /// go w.run() }</c>, <c>for i in items: Poller(i).start()</c>): the copies run side by side, each on an object of its
    /// own, and all reach the same top-level state. Null when there is none.</summary>
    public SpawnSite? StartOnObjectsMadeEachTurn(FunctionDecl function) =>
        _madeEachTurn.FirstOrDefault(start => start.Method == function.Name && start.Spawn.OwnerType == function.OwnerType).Spawn;

    /// <summary>The value <paramref name="made"/> gives the new object's <paramref name="field"/>: a keyed element of
    /// a literal (<c>&amp;worker{stats: s}</c>), or the argument for the parameter a constructor stores there
    /// (<c>self.stats = stats</c>); null when it shows none.</summary>
    private IrExpression? FieldValueAt(IrExpression made, string type, string field)
    {
        if (made is UnaryExpression { Operand: var operand }) made = operand;
        if (made is CollectionExpression literal)
            return literal.Elements.OfType<KeyValueExpression>().FirstOrDefault(e => e.Key is NameExpression { Name: var key } && key == field)?.Value;
        if (made is not CallExpression call || Facts.CreatedType(call) != type) return null;
        foreach (var constructor in ConstructorsOf(type))
        {
            var stored = constructor.Body?.Statements.OfType<Assignment>().FirstOrDefault(a =>
                a is { Targets: [MemberAccess { Target: NameExpression { Name: var self }, Member: var member }], Values: [NameExpression] }
                && self == constructor.ReceiverName && member == field);
            if (stored?.Values[0] is NameExpression { Name: var parameter } && call.ArgumentFor(constructor, parameter) is { } argument)
                return argument;
        }
        return null;
    }

    /// <summary>The innermost loop of <paramref name="spawner"/> that <paramref name="site"/> stands in; null when none.</summary>
    private static LoopStatement? LoopAround(IrNode site, FunctionDecl spawner) =>
        site.Ancestors().TakeWhile(a => !ReferenceEquals(a, spawner)).OfType<LoopStatement>().FirstOrDefault();

    /// <summary>The package type a bare name denotes (<c>Service</c> in <c>Thread(target=Service.get)</c>): a start of a
    /// method through the class runs that class's method.</summary>
    private string? TypeNamedBy(IrExpression target) =>
        target is NameExpression { Name: var name } && _types.ContainsKey(name) ? name : null;

    /// <summary>The package type whose method <paramref name="method"/> a start in <paramref name="spawner"/> runs on
    /// <paramref name="target"/>: the type the code declares or makes it, when that type has the method; for a parameter
    /// typed as an interface (<c>func RunAll(v Visitor, …) { go v.Visit(i) }</c>) or not typed at all, the type every
    /// call hands it (<see cref="HandedTypes"/>); and for an untyped one, failing that, or an item a loop around the start
    /// takes from an untyped parameter or field (<c>for f in fetchers: Thread(target=f.fetch).start()</c>), the one
    /// package type that declares the method (<see cref="OnlyTypeDeclaring"/>). Null when none has it.</summary>
    private string? StartedObjectType(IrNode site, FunctionDecl spawner, IrExpression target, string method)
    {
        if ((ScopeOf(spawner).ObjectTypeOf(target) ?? TypeNamedBy(target)) is { } declared && FunctionsNamed(declared, method).Count > 0) return declared;
        if (target is not NameExpression { Name: var name }) return null;
        if (spawner.Parameters.FirstOrDefault(p => p.Name == name) is not { } parameter)
            return LoopAround(site, spawner) is { Iterable: { } items } loop && Facts.LoopItem(loop)?.Name == name && DeclaredWithoutType(spawner, items) ? OnlyTypeDeclaring(method) : null;
        if (HandedTypes.Common(this, spawner, parameter) is { } handed && FunctionsNamed(handed, method).Count > 0) return handed;
        return UntypedParameterType(spawner, target, method);
    }

    /// <summary>What a parameter of <paramref name="function"/> declared with no type (Python's <c>def run_all(guard,
    /// items)</c>) holds when <paramref name="method"/> is called on it: the one package type that declares the method
    /// (<see cref="OnlyTypeDeclaring"/>); null for any other target.</summary>
    internal string? UntypedParameterType(FunctionDecl function, IrExpression target, string method) =>
        target is NameExpression { Name: var name } && function.Parameters.FirstOrDefault(p => p.Name == name) is { TypeText: null }
            ? OnlyTypeDeclaring(method)
            : null;

    /// <summary>True for a parameter or a field declared with no type (Python's <c>def start_all(fetchers)</c>).</summary>
    private bool DeclaredWithoutType(FunctionDecl function, IrExpression expression) => expression switch
    {
        NameExpression { Name: var name } => function.Parameters.FirstOrDefault(p => p.Name == name) is { TypeText: null },
        MemberAccess => ScopeOf(function).FieldOf(expression) is { TypeText: null },
        _ => false,
    };

    /// <summary>The one package type that declares a method named <paramref name="method"/>: what an untyped parameter
    /// is when that method of it is started (<c>Thread(target=pool.take)</c>); null when no type or several do.</summary>
    private string? OnlyTypeDeclaring(string method)
    {
        var owners = _functions.Keys.Where(k => k.Owner is not null && k.Name == method).Select(k => k.Owner).Take(2).ToList();
        return owners.Count == 1 ? owners[0] : null;
    }

    /// <summary>True for the method a thread class's objects run on their own thread when started (<c>run</c> of a class
    /// derived from Java's <c>Thread</c> or Python's <c>threading.Thread</c>).</summary>
    public bool IsThreadBody(FunctionDecl function) =>
        function.OwnerType is { } owner && ThreadMethodsOf(owner) is var (_, runs) && runs == function.Name;

    private (string Start, string Runs)? ThreadMethodsOf(string typeName) =>
        SelfAndSupertypes(typeName).SelectMany(t => t.Bases.Select(b => Facts.ThreadClassMethods(b, t.Module))).FirstOrDefault(m => m is not null);

    /// <summary>True when <paramref name="function"/> runs over and over, so that a start in it starts copies that run
    /// side by side: it is a request handler, or the package calls it in a loop on one object (<c>for _, e := range
    /// events { b.Publish(e) }</c>; not on an object made anew each turn, and not in test code). A bare name calls this
    /// function only where no local of the caller holds another one, and, in a language whose top-level names are
    /// per module, only from its own module.</summary>
    public bool RunsRepeatedly(FunctionDecl function) =>
        HandlerServing(function) is not null
        || CallSitesReaching(function).Any(call => !IsTestCode(call.Call) && SpawnSite.StartsRepeatedly(call.Call, call.Caller, Facts) && call.Call.Callee switch
        {
            MemberAccess { Target: var target } => MadeEachTurn(call.Call, call.Caller, target) is null,
            NameExpression { Name: var name } => ScopeOf(call.Caller).ValueOf(name, call.Call) is null
                                                 && (Facts.Globals.PackageWide || ReferenceEquals(call.Caller.Module, function.Module)),
            _ => false,
        });

    /// <summary>What makes the object a start in a loop runs a method on, when it is a new one on each turn: the start's
    /// own making of it, the value a local the loop assigns holds (<c>for _, u := range urls { w := &amp;Worker{url:
    /// u}; go w.Run() }</c>), or the item the loop takes from a collection (<c>for _, p := range plugins { go p.Start()
    /// }</c>); null otherwise. The copies then run on objects of their own, and share none of their state through the
    /// receiver.</summary>
    private IrExpression? MadeEachTurn(IrNode site, FunctionDecl spawner, IrExpression target)
    {
        if (target is CallExpression) return target;
        if (target is not NameExpression { Name: var name } || LoopAround(site, spawner) is not { } loop) return null;
        if (Facts.LoopItem(loop)?.Name == name) return target;
        return ScopeOf(spawner).ValueOf(name, site) is { } value && loop.Span.Contains(value.Span) ? value : null;
    }

    /// <summary>False for a function nested too deep to analyze (<see cref="FunctionNesting"/>) and for everything in
    /// it: the model does not know it, and no rule sees it.</summary>
    internal bool IsAnalyzed(IrNode node) => node is not FunctionDecl function || !_tooDeep.Contains(function);

    /// <summary>The language of every module here.</summary>
    public string Language { get; }

    /// <summary>The language's facts.</summary>
    public ILanguageFacts Facts { get; }

    /// <summary>The package's modules.</summary>
    public IReadOnlyList<Module> Modules { get; }

    /// <summary>Every function and method with a body.</summary>
    public IEnumerable<FunctionDecl> Functions => _functions.Values.SelectMany(f => f).Where(f => f.Body is not null);

    /// <summary>Every function and method with a body that the package's analysis covers (none inside one nested too deep),
    /// in source order, module by module.</summary>
    internal IReadOnlyList<FunctionDecl> AnalyzedFunctions => _analyzedFunctions;

    private readonly List<FunctionDecl> _analyzedFunctions = [];

    /// <summary>True when some access of <paramref name="function"/>'s model can have a guard, known from its syntax alone
    /// (<see cref="FlowWalker.MayGuard"/>): a function without a branch, loop, switch, handler, conditional or boolean
    /// and/or checks nothing before it acts, so an analysis of check-and-act pairs can skip building its model. Most
    /// functions of a program are such. Noted while the package is indexed, so every rule asks it for nothing.</summary>
    public bool CanHaveGuards(FunctionDecl function) => _mayGuard.Contains(function);

    private readonly HashSet<FunctionDecl> _mayGuard = new(ReferenceEqualityComparer.Instance);

    /// <summary>The methods of <paramref name="ownerType"/> that have a body, in the order of <see cref="Functions"/>.</summary>
    public IEnumerable<FunctionDecl> MethodsOf(string ownerType) => _methodsByOwner.Value[ownerType];

    /// <summary>A type declared in this package, by name.</summary>
    public TypeDecl? TypeNamed(string name) => _types.GetValueOrDefault(name);

    /// <summary>Every type declared in this package.</summary>
    public IEnumerable<TypeDecl> Types => _types.Values;

    /// <summary>The methods named <paramref name="name"/> of <paramref name="ownerType"/> (a null owner: plain functions).</summary>
    public IReadOnlyList<FunctionDecl> FunctionsNamed(string? ownerType, string name) =>
        _functions.TryGetValue((ownerType, name), out var list) ? list : [];

    /// <summary>The methods named <paramref name="name"/> of <paramref name="ownerType"/> that <paramref name="call"/> can
    /// run (<see cref="ILanguageFacts.MayCall"/>); a subscript or a membership test can run any of them.</summary>
    public IReadOnlyList<FunctionDecl> FunctionsCalled(string? ownerType, string name, IrExpression call)
    {
        var reached = MethodsReached(ownerType, name);
        return reached.Count == 0 || call is not CallExpression c ? reached : reached.Where(f => Facts.MayCall(c, f)).ToList();
    }

    /// <summary>The plain functions of the package a call from <paramref name="caller"/> by the bare name
    /// <paramref name="name"/> runs: any of that name where top-level names are package-wide; else the caller's module's
    /// own, or those of the module of the package it imports the name from (<c>from .registry import lookup</c>).</summary>
    public IReadOnlyList<FunctionDecl> PlainFunctionsCalled(FunctionDecl caller, string name, CallExpression call)
    {
        var named = FunctionsCalled(null, name, call);
        if (Facts.Globals.PackageWide || named.Count == 0) return named;
        var own = named.Where(f => ReferenceEquals(f.Module, caller.Module)).ToList();
        if (own.Count > 0) return own;
        return ImportsOf(caller.Module).Names.GetValueOrDefault(name) is { } from ? named.Where(f => IsInModule(f, from)).ToList() : [];
    }

    /// <summary>The last name of the module <paramref name="module"/>'s imports bind <paramref name="name"/> to
    /// (<c>registry</c> for <c>from . import registry</c> or <c>import app.registry as registry</c>); null when they bind
    /// none.</summary>
    public string? ModuleBoundTo(Module module, string name) => ImportsOf(module).Modules.GetValueOrDefault(name);

    private ModuleImports ImportsOf(Module module) => _imports.GetOrAdd(module, ModuleImports.Of);

    /// <summary>True when <paramref name="function"/> is declared in the module (file) named <paramref name="module"/>.</summary>
    public static bool IsInModule(FunctionDecl function, string module) =>
        string.Equals(Path.GetFileNameWithoutExtension(function.Module.Text.Path), module, StringComparison.Ordinal);

    /// <summary>The methods named <paramref name="name"/> a call on an object of <paramref name="ownerType"/> runs: its
    /// own, or else those of the nearest of its supertypes declared here that has one (a base class's, or in Go a method
    /// promoted from an embedded field), whose state is the object's too.</summary>
    private IReadOnlyList<FunctionDecl> MethodsReached(string? ownerType, string name)
    {
        var own = FunctionsNamed(ownerType, name);
        if (own.Count > 0 || ownerType is null) return own;
        return _inherited.GetOrAdd((ownerType, name), key =>
            SelfAndSupertypes(key.Owner).Skip(1).Select(t => FunctionsNamed(t.Name, key.Name)).FirstOrDefault(list => list.Count > 0) ?? []);
    }

    /// <summary>The methods that initialize new objects of <paramref name="ownerType"/> (<see cref="ILanguageFacts.IsConstructor"/>).</summary>
    public IReadOnlyList<FunctionDecl> ConstructorsOf(string ownerType) =>
        _constructors.TryGetValue(ownerType, out var list) ? list : [];

    /// <summary>Every call in the package whose callee's last name is <paramref name="name"/>.</summary>
    public IReadOnlyList<CallSite> CallSitesOf(string name) =>
        _callSitesByName.TryGetValue(name, out var list) ? list : [];

    /// <summary>Every call in the package that is given a member named <paramref name="name"/> as an argument (a method
    /// value, <c>once.Do(c.init)</c>, or a field).</summary>
    public IReadOnlyList<CallSite> CallsPassing(string name) =>
        _passedByName.TryGetValue(name, out var list) ? list : [];

    /// <summary>True when <paramref name="function"/> is code of a command-line command: a method of a class that derives,
    /// itself or through a class of the package, from a framework's command class
    /// (<see cref="ILanguageFacts.IsCommandBase"/>), or any code of a module that declares such a class (a Django
    /// management command's module, a <c>setup.py</c>), whose helpers are there for the command.</summary>
    public bool RunsAsCommand(FunctionDecl function) =>
        IsCommand(function.OwnerType)
        || function.Module.Body.OfType<TypeDecl>().Any(t => t.Bases.Any(b => Facts.IsCommandBase(b, t.Module) || IsCommand(b)));

    private bool IsCommand(string? typeName) =>
        typeName is not null && SelfAndSupertypes(typeName).Any(t => t.Bases.Any(b => Facts.IsCommandBase(b, t.Module)));

    /// <summary>True when no other thread can run <paramref name="function"/> at the same time as it or touch its
    /// receiver meanwhile (<see cref="UnsharedRuns"/>).</summary>
    public bool RunsUnshared(FunctionDecl function) => _unshared.GetOrAdd(function, f => UnsharedRuns.Holds(this, f));

    /// <summary>True when only the one task that runs <paramref name="actor"/> changes the field <paramref name="field"/>
    /// of <paramref name="ownerType"/>; with <paramref name="othersMayAppend"/>, other than by appending to it
    /// (<see cref="TaskConfinement.ChangesAlone"/>).</summary>
    public bool ChangesAlone(string ownerType, string field, FunctionDecl actor, bool othersMayAppend) =>
        _changedAlone.GetOrAdd((ownerType, field, actor, othersMayAppend),
            key => TaskConfinement.ChangesAlone(this, key.Owner, key.Field, key.Actor, key.OthersMayAppend));

    /// <summary>True when <paramref name="node"/> is in a test file.</summary>
    public bool IsTestCode(IrNode node) => _isTestCode(node.Module.Text.Path);

    /// <summary>Every member access named <paramref name="member"/> in the package's analyzed functions.</summary>
    internal IEnumerable<MemberAccess> MemberAccessesNamed(string member) => _memberAccesses.Value[member];

    /// <summary>The calls in the package that reach <paramref name="function"/>, in the order of <see cref="CallSitesOf"/>:
    /// made on the caller's own receiver or on an object of the function's type (or of one that embeds or derives from
    /// it without overriding the method), or, for a plain function, by its bare name; for a constructor, the makings of
    /// an object of its type (<see cref="ILanguageFacts.RunsOnCreation"/>).</summary>
    public IReadOnlyList<CallSite> CallSitesReaching(FunctionDecl function)
    {
        // A constructor (or Python's __new__) is called by every making of an object of its type.
        if (function.OwnerType is { } type && Facts.RunsOnCreation(function))
            return _makings.GetOrAdd(type, made => CallSitesOf(made).Where(s => Facts.CreatedType(s.Call) == made).ToList());
        var calls = _callsByName.GetOrAdd(function.Name, name => new CallsOfName(this, CallSitesOf(name)));
        return function.OwnerType is null ? calls.Bare : calls.Reaching(this, function);
    }

    /// <summary>True when <paramref name="site"/> calls <paramref name="function"/> on an object its caller made and
    /// keeps to itself (<see cref="UnsharedRuns.OnConfinedObject"/>).</summary>
    public bool CallsOnConfinedObject(FunctionDecl function, CallSite site) => UnsharedRuns.OnConfinedObject(this, function, site);

    /// <summary>True when <paramref name="site"/> runs <paramref name="function"/> on an object still being made
    /// (<see cref="UnsharedRuns.OnObjectInTheMaking"/>).</summary>
    public bool CallsOnObjectInTheMaking(FunctionDecl function, CallSite site) => UnsharedRuns.OnObjectInTheMaking(this, function, site);

    /// <summary>The places that start <paramref name="function"/> concurrently: for a method, a go statement or thread
    /// start that runs it on the starter's own receiver (<c>go c.Conf()</c>, <c>Thread(target=self.conf)</c>) or on
    /// an object of its type (<c>go w.Run()</c>), directly or from a closure calling it; for a plain function, one that
    /// runs it by name.</summary>
    public IReadOnlyList<SpawnSite> SpawnSitesOf(FunctionDecl function)
    {
        // A field given the method as a value (b.onEvent = b.handle) runs it where the field's function is started
        // (go b.onEvent(e), Thread(target=self.on_event)).
        if (!_fieldsGivenMethod.TryGetValue(function.Name, out var fields) && !_spawnsByName.ContainsKey(function.Name)) return NoSpawns;
        // A function nested in another is named only inside it: a start of that name elsewhere starts another function.
        var outer = function.EnclosingFunction();
        var byName = (_spawnsByName.GetValueOrDefault(function.Name) ?? [])
            .Where(s => outer is null || ReferenceEquals(s.Site.Module, outer.Module) && outer.Span.Contains(s.Site.Span));
        var throughFields = fields?.Order(StringComparer.Ordinal).SelectMany(name => _spawnsByName.GetValueOrDefault(name) ?? []) ?? [];
        return byName.Concat(throughFields).Where(s => s.OwnerType == function.OwnerType).ToList();
    }

    /// <summary>True when <paramref name="function"/> is started more than once at a time with one object for
    /// <paramref name="parameter"/>: the spawner passes its own parameter or a variable it set before the loop the start
    /// stands in (<c>s := &amp;State{}; for … { go func() { ensure(s) }() }</c>, <c>Thread(target=bump, args=(s,))</c>).
    /// The copies then share that object, as a method's copies share their receiver.</summary>
    public bool SharesArgument(FunctionDecl function, string parameter) => SharedArgument(function, parameter) is not null;

    /// <summary>What makes the one object <paramref name="function"/>'s copies share for <paramref name="parameter"/>
    /// (<see cref="SharesArgument"/>), when the spawner sets a variable to it (<c>q = queue.Queue()</c>); null when the
    /// code does not show it, or when the copies share none.</summary>
    public IrExpression? SharedArgumentValue(FunctionDecl function, string parameter) =>
        SharedArgument(function, parameter) is var (argument, at, start) && NameHandedBy(argument) is { } held
            ? ScopeOf(start.Spawner).ValueOf(held, at)
            : null;

    /// <summary>True when every start of <paramref name="function"/> that makes copies of it (in a loop, or in a function
    /// that runs over and over) hands each copy an object of its own for <paramref name="parameter"/>: the parameter of
    /// the started literal (<c>for _, u := range uploads { go func(u *Upload) { send(u) }(u) }</c>), the loop's own
    /// variable, or something made on the turn. Copies then share nothing through it.</summary>
    public bool HandsEachCopyItsOwn(FunctionDecl function, string parameter)
    {
        var index = function.Parameters.Select(p => p.Name).ToList().IndexOf(parameter);
        var copies = SpawnSitesOf(function).Where(s => s.Repeated || SpawnSite.StartsRepeatedly(s.Site, s.Spawner, Facts)).ToList();
        return index >= 0 && copies.Count > 0 && copies.All(start =>
            ArgumentsHanded(start.Site, function).ToList() is { Count: > 0 } handed
            && handed.All(h => h.Arguments.Count > index && OwnToTheTurn(h.Arguments[index], h.At, start)));
    }

    private bool OwnToTheTurn(IrExpression argument, IrNode at, SpawnSite start)
    {
        if (NameHandedBy(argument) is not { } held) return false;
        if (at.Ancestors().TakeWhile(a => !ReferenceEquals(a, start.Spawner)).OfType<FunctionLiteral>().Any(l => l.Parameters.Any(p => p.Name == held))) return true;
        if (LoopAround(start.Site, start.Spawner) is not { } loop) return false;
        if (loop.Targets.OfType<NameExpression>().Any(t => t.Name == held)) return true;
        return ScopeOf(start.Spawner).ValueOf(held, at) is { } value && loop.Span.Contains(value.Span);
    }

    /// <summary>The variable an argument hands on: itself, or the one it takes the address of (<c>&amp;s</c>); null for
    /// any other argument.</summary>
    private static string? NameHandedBy(IrExpression argument) =>
        (argument is UnaryExpression { Operand: NameExpression operand } ? operand : argument) is NameExpression { Name: var name } ? name : null;

    /// <summary>A start of <paramref name="function"/> whose copies share the object handed for <paramref name="parameter"/>
    /// (<see cref="SharesArgument"/>); null when none.</summary>
    public SpawnSite? ArgumentSharingStart(FunctionDecl function, string parameter) => SharedArgument(function, parameter)?.Start;

    private (IrExpression Argument, IrNode At, SpawnSite Start)? SharedArgument(FunctionDecl function, string parameter) =>
        _sharedArguments.GetOrAdd((function, parameter), key =>
        {
            var index = key.Function.Parameters.Select(p => p.Name).ToList().IndexOf(key.Parameter);
            if (index < 0) return null;
            // A start in a loop hands each copy the same object, also when each runs on an object made on its turn
            // (for … { w := &worker{}; go w.step(st) }); so do two starts in one function (go bump(s); go bump(s)).
            var spawns = SpawnSitesOf(key.Function);
            foreach (var spawn in spawns.Where(s => s.Repeated || SpawnSite.StartsRepeatedly(s.Site, s.Spawner, Facts)))
                foreach (var (at, arguments) in ArgumentsHanded(spawn.Site, key.Function))
                    if (arguments.Count > index && HeldAcrossTurns(arguments[index], at, spawn.Site, spawn.Spawner)) return (arguments[index], at, spawn);
            foreach (var starts in spawns.GroupBy(s => s.Spawner).Where(g => g.Count() > 1))
            {
                var handed = starts.SelectMany(s => ArgumentsHanded(s.Site, key.Function)
                        .Where(h => h.Arguments.Count > index && HeldAcrossTurns(h.Arguments[index], h.At, s.Site, s.Spawner))
                        .Select(h => (Argument: h.Arguments[index], h.At, Start: s)))
                    .ToList();
                foreach (var same in handed.GroupBy(h => SameObjectKey(h.Argument, h.At, h.Start.Spawner)))
                    if (same.Any(a => same.Any(b => !ReferenceEquals(a.Start.Site, b.Start.Site) && !a.Start.Site.IsOnOtherBranchThan(b.Start.Site))))
                        return same.First();
            }
            return null;
        });

    /// <summary>What tells apart the objects arguments hand on: the text, and the value the variable holds there.</summary>
    private (string Text, SourceSpan? Value) SameObjectKey(IrExpression argument, IrNode at, FunctionDecl spawner) =>
        (argument.SourceCode, NameHandedBy(argument) is { } held ? ScopeOf(spawner).ValueOf(held, at)?.Span : null);

    /// <summary>Where the start at <paramref name="site"/> hands <paramref name="function"/> its arguments: each call of
    /// it in the site (<c>go ensure(s)</c>, <c>go func() { ensure(s) }()</c>), or the arguments a thread or task start
    /// passes on (<see cref="ILanguageFacts.SpawnedArguments"/>).</summary>
    private IEnumerable<(IrNode At, IReadOnlyList<IrExpression> Arguments)> ArgumentsHanded(IrNode site, FunctionDecl function)
    {
        foreach (var call in site.DescendantsAndSelf().OfType<CallExpression>())
        {
            if (Names(call.Callee, function))
                yield return (call, call.Arguments.Select(a => a.Value).ToList());
            else if (Facts.SpawnedCallable(call) is { } started && Names(started, function))
                yield return (call, Facts.SpawnedArguments(call));
        }
    }

    /// <summary>True when <paramref name="callee"/> names <paramref name="function"/>: a plain function by its bare name,
    /// a method as a member.</summary>
    private static bool Names(IrExpression callee, FunctionDecl function) => function.OwnerType is null
        ? callee is NameExpression { Name: var name } && name == function.Name
        : callee is MemberAccess { Member: var member } && member == function.Name;

    /// <summary>True when <paramref name="argument"/>, handed on at <paramref name="at"/> by the start at
    /// <paramref name="site"/>, names one object for every turn of the loop around the start: a parameter of the
    /// spawner, a variable it set before the loop (its address, <c>&amp;s</c>, too) or a field of its receiver the loop
    /// does not set (<c>self.stats</c>), not a parameter of a literal the start runs, which each start hands its own
    /// value.</summary>
    private bool HeldAcrossTurns(IrExpression argument, IrNode at, IrNode site, FunctionDecl spawner)
    {
        var loop = LoopAround(site, spawner);
        if (argument is MemberAccess { Target: NameExpression { Name: var self }, Member: var field } && self == spawner.ReceiverName)
            return loop is null || !loop.DescendantsAndSelf().OfType<Assignment>().Any(a => a.Targets.Any(t =>
                t is MemberAccess { Target: NameExpression { Name: var target }, Member: var member } && target == self && member == field));
        if (NameHandedBy(argument) is not { } held
            || at.Ancestors().TakeWhile(a => !ReferenceEquals(a, spawner)).OfType<FunctionLiteral>().Any(l => l.Parameters.Any(p => p.Name == held))) return false;
        if (ScopeOf(spawner).ValueOf(held, at) is { } value) return loop is null || !loop.Span.Contains(value.Span);
        // Declared with no value, the zero value of its type (var seen sync.Map).
        var declared = spawner.Body?.DescendantsAndSelf().OfType<Assignment>()
            .FirstOrDefault(a => a is { IsDeclaration: true, Values.Count: 0 } && a.Targets.Any(t => t is NameExpression { Name: var name } && name == held));
        return declared is not null ? loop is null || !loop.Span.Contains(declared.Span) : spawner.Parameters.Any(p => p.Name == held);
    }

    /// <summary>The functions that start some method of <paramref name="ownerType"/> concurrently.</summary>
    public IReadOnlySet<FunctionDecl> StartersOfMethodsOf(string ownerType) => _startersByType.Value.GetValueOrDefault(ownerType) ?? NoStarters;

    private Dictionary<string, IReadOnlySet<FunctionDecl>> StartersByType() =>
        _spawnsByName.Values.SelectMany(sites => sites).Where(s => s.OwnerType is not null)
            .GroupBy(s => s.OwnerType!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<FunctionDecl>)new HashSet<FunctionDecl>(g.Select(s => s.Spawner), ReferenceEqualityComparer.Instance), StringComparer.Ordinal);

    private static readonly IReadOnlySet<FunctionDecl> NoStarters = new HashSet<FunctionDecl>();

    /// <summary>The go statements in <paramref name="function"/> that start a function literal (<c>go func() { … }()</c>),
    /// each marked when it is in a loop.</summary>
    public IReadOnlyList<SpawnSite> LiteralSpawnsIn(FunctionDecl function) =>
        _literalSpawns.TryGetValue(function, out var list) ? list : NoSpawns;

    private static readonly IReadOnlyList<SpawnSite> NoSpawns = [];

    /// <summary>The field <paramref name="name"/> of <paramref name="typeName"/>, following embedded fields and base classes declared here.</summary>
    public FieldDecl? FieldOf(string? typeName, string name)
    {
        // Most lookups end at the type's own fields: answer those without the walk's allocations.
        if (typeName is null || TypeNamed(typeName) is not { } declared) return null;
        foreach (var field in declared.Fields)
            if (field.Name == name) return field;
        if (declared.Bases.Count == 0 && !declared.Fields.Any(f => f.IsEmbedded)) return null;
        return SelfAndSupertypes(typeName).SelectMany(t => t.Fields).FirstOrDefault(f => f.Name == name);
    }

    /// <summary>True when calling <paramref name="function"/>'s name on an object of <paramref name="typeName"/> runs
    /// it: the type is its owner, or gets the method from the owner by embedding or inheritance without declaring one
    /// of its own on the way.</summary>
    public bool MethodReaches(string? typeName, FunctionDecl function) =>
        typeName is not null && function.OwnerType is { } owner
        && (typeName == owner || TypeNamed(typeName) is { } type && (type.Bases.Count > 0 || type.Fields.Any(f => f.IsEmbedded))
            && SelfAndSupertypes(typeName).FirstOrDefault(t => FunctionsNamed(t.Name, function.Name).Count > 0)?.Name == owner);

    /// <summary>The type declared here named <paramref name="typeName"/>, then the types it embeds or derives from,
    /// nearest first.</summary>
    private IReadOnlyList<TypeDecl> SelfAndSupertypes(string typeName) => _selfAndSupertypes.GetOrAdd(typeName, FindSelfAndSupertypes);

    private List<TypeDecl> FindSelfAndSupertypes(string typeName)
    {
        var found = new List<TypeDecl>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([typeName]);
        while (pending.Count > 0)
        {
            var type = TypeNamed(pending.Dequeue());
            if (type is null || !seen.Add(type.Name)) continue;
            found.Add(type);
            foreach (var embedded in type.Fields.Where(f => f.IsEmbedded)) pending.Enqueue(Facts.BaseTypeName(embedded.TypeText ?? embedded.Name));
            foreach (var baseName in type.Bases) pending.Enqueue(Facts.BaseTypeName(baseName));
        }
        return found;
    }

    /// <summary>The type declared here that <paramref name="value"/> makes: a literal or construction of it, or a call
    /// to a function of this package whose returns make that one type and no other (a <c>NewTable()</c> constructor,
    /// which may also return nil with an error).</summary>
    public string? TypeMadeBy(IrExpression value)
    {
        if (Facts.CreatedType(value) is { } made) return TypeNamed(made) is not null ? made : null;
        return value is CallExpression { Callee: NameExpression { Name: var name } } ? _typeReturnedBy.GetOrAdd(name, TypeReturnedBy) : null;
    }

    private string? TypeReturnedBy(string function)
    {
        var returned = FunctionsNamed(null, function).Where(f => f.Body is not null)
            .SelectMany(Statements.ReturnsOf)
            .Select(r => r.Values.Count > 0 ? Facts.CreatedType(r.Values[0]) : null)
            .OfType<string>().Distinct().ToList();
        return returned is [var type] && TypeNamed(type) is not null ? type : null;
    }

    /// <summary>The field a call of the type's own getter on the receiver gives (<c>client = self.get_client()</c>,
    /// <c>c := s.client()</c>): the one field every return of that method gives as it is (<c>return self._client</c>);
    /// null for any other value.</summary>
    public FieldDecl? FieldGivenBy(IScope scope, IrExpression? value) =>
        value is CallExpression { Callee: MemberAccess { Target: var on, Member: var getter } } && scope.IsReceiver(on)
            ? FieldReturnedBy(scope.Function.OwnerType, getter)
            : null;

    private FieldDecl? FieldReturnedBy(string? typeName, string method)
    {
        var fields = FunctionsNamed(typeName, method).Where(f => f is { Body: not null, ReceiverName: not null })
            .SelectMany(f => Statements.ReturnsOf(f)
                .Select(r => r.Values is [MemberAccess { Target: NameExpression { Name: var on }, Member: var member }] && on == f.ReceiverName
                    ? FieldOf(typeName, member)
                    : null))
            .Distinct().ToList();
        return fields is [{ } field] ? field : null;
    }

    /// <summary>The variable <paramref name="name"/> declared at the top level of <paramref name="module"/> (or, where
    /// the language makes them package-wide, of any module here), as a field of no type: its declared type and its
    /// first value.</summary>
    public FieldDecl? GlobalOf(Module module, string name) =>
        _globals.GetValueOrDefault((Facts.Globals.PackageWide ? null : module, name));

    /// <summary>True when <paramref name="value"/> makes an object that holds a copy of its attributes per thread: of a
    /// thread-local type (<see cref="ILanguageFacts.IsThreadLocalType"/>) or of a type of the package derived from one.</summary>
    public bool MakesThreadLocalStorage(IrExpression value) =>
        value is CallExpression { Callee: var made }
        && (Facts.IsThreadLocalType(made.SourceCode)
            || Facts.CreatedType(value) is { } type && SelfAndSupertypes(type).Any(t => t.Bases.Any(Facts.IsThreadLocalType)));

    /// <summary>True when code below the top level may change a variable of this name: it assigns it or an element or
    /// field of it, deletes from it, calls a method on it or takes its address. A constant or a table that is only
    /// read cannot be the state a race acts on.</summary>
    public bool MayChange(string name) => _changedNames.Contains(name);

    /// <summary>The resource key of a top-level variable: one per package or per module, as the language scopes them.</summary>
    public string GlobalKey(Module module, string name) =>
        Facts.Globals.PackageWide ? Resource.GlobalKeyPrefix + name : $"{Resource.GlobalKeyPrefix}{module.Text.Path}:{name}";

    /// <summary>Fields that some function of the package reads or writes while holding a lock it took or its callers
    /// hold: the package treats them as shared, so an access to them without a lock is inconsistent with the rest. The
    /// receiver's fields are keyed with the function's type (Cache, this.items).</summary>
    private IReadOnlyDictionary<(string? Owner, string Key), List<(FunctionDecl Function, Access Access)>> LockedFields => _lockedFields ??= Functions
        .SelectMany(f => ModelOf(f).Accesses
            .Where(a => a.Resource is { Kind: ResourceKind.Field or ResourceKind.Element } && a.Held.Any(h => h.ShowsThreadSharing && !IsTaskLock(f, h)))
            .Select(a => (Key: LockedKey(f, a.Resource!), Function: f, Access: a)))
        .GroupBy(l => l.Key)
        .ToDictionary(g => g.Key, g => g.Select(l => (l.Function, l.Access))
            .OrderBy(l => l.Function.Module.Text.Path, StringComparer.Ordinal).ThenBy(l => l.Access.Effect.Node.Span.StartOffset).ToList());

    /// <summary>True when <paramref name="held"/> is a lock field of the function's own type made as one only the tasks
    /// of an event loop take (<c>self._cond = asyncio.Condition()</c>): it shows tasks share what it guards, not threads.</summary>
    private bool IsTaskLock(FunctionDecl function, HeldLock held) =>
        held.Name.StartsWith(Resource.ReceiverKeyPrefix, StringComparison.Ordinal)
        && FieldOf(function.OwnerType, held.Name[Resource.ReceiverKeyPrefix.Length..]) is { Initializer: { } made } && Facts.IsTaskLock(made);

    /// <summary>True when some function of the package reads or writes <paramref name="resource"/>, as
    /// <paramref name="function"/> names it, under a lock that shows threads share it. The receiver's fields are those of
    /// the function's own type: a field of the same name that another type locks says nothing about this one.</summary>
    public bool IsLockedSomewhere(FunctionDecl function, Resource resource) => LockedFields.ContainsKey(LockedKey(function, resource));

    /// <summary>The accesses that make <see cref="IsLockedSomewhere"/> true, with their functions, in source order.</summary>
    public IReadOnlyList<(FunctionDecl Function, Access Access)> LockedAccessesOf(FunctionDecl function, Resource resource) =>
        LockedFields.TryGetValue(LockedKey(function, resource), out var locked) ? locked : [];

    // A function nested in a method reaches the method's receiver as a captured variable (self.items): its state is that
    // type's too, not every nested function's of that name.
    private static (string? Owner, string Key) LockedKey(FunctionDecl function, Resource resource) =>
        (resource.IsReceiverState ? function.OwnerType
            : function.EnclosingFunction() is { OwnerType: { } owner, ReceiverName: { } receiver }
              && resource.IsCapturedStateOf(receiver) ? owner
            : null, resource.Key);

    private Dictionary<(string? Owner, string Key), List<(FunctionDecl Function, Access Access)>>? _lockedFields;

    /// <summary>The declarations <paramref name="function"/>'s code sees, with what it assigns its locals, read once.</summary>
    internal FunctionScope ScopeOf(FunctionDecl function) => _scopes.GetOrAdd(function, f => new FunctionScope(this, f));

    /// <summary>The call cycle <paramref name="function"/> is in (<see cref="CallCycles"/>), as a number; null for none.</summary>
    internal int? CallCycleOf(FunctionDecl function) => (_callCycles ??= CallCycles.Of(this)).TryGetValue(function, out var cycle) ? cycle : null;

    /// <summary>The lock the name or documentation of <paramref name="function"/> says its callers hold
    /// (<see cref="CallerHeldLocks.Convention"/>), read once.</summary>
    internal HeldLock? ConventionOf(FunctionDecl function) => _conventions.GetOrAdd(function, f => CallerHeldLocks.Convention(this, f));

    /// <summary>For each function of call cycle <paramref name="cycle"/>, a walk of it from the locks its callers hold
    /// on entry, found for the whole cycle at once (<see cref="CallerHeldLocks.CycleWalks"/>), computed once.</summary>
    internal IReadOnlyDictionary<FunctionDecl, FlowWalker> CycleWalksOf(int cycle) => _cycleWalks.GetOrAdd(cycle, c => CallerHeldLocks.CycleWalks(this, c));

    /// <summary>The semantic model of <paramref name="function"/>, computed once.</summary>
    public FunctionModel ModelOf(FunctionDecl function) => _models.GetOrAdd(function, f => new FunctionModel(this, f));

    /// <summary>The request handler that <paramref name="function"/> runs for, when it is one (the language's
    /// <see cref="ILanguageFacts.ServesRequests(FunctionDecl)"/>, not a constructor) or the package shows a handler, or a
    /// handler literal, calling it, directly or through other functions, by name or on the caller's own receiver: it then
    /// runs once per request, many at a time. Null otherwise.</summary>
    public RequestHandler? HandlerServing(FunctionDecl function) => _servingHandlers.Value.GetValueOrDefault(function);

    /// <summary>The function literals written as request handlers where they are registered
    /// (<see cref="ILanguageFacts.ServesRequests(FunctionLiteral)"/>), in the order the index met them.</summary>
    internal IReadOnlyList<FunctionLiteral> HandlerLiterals => _handlerLiterals;

    /// <summary>The functions calls register with a web framework (<see cref="ILanguageFacts.RegisteredHandler"/>): a
    /// plain function named, or a method of the registrar's own object (<c>self.index</c>), in the order the index met
    /// them.</summary>
    internal IEnumerable<FunctionDecl> RegisteredHandlers => _registeredHandlers.SelectMany(r => r.Registered switch
    {
        NameExpression { Name: var name } => FunctionsNamed(null, name),
        MemberAccess { Target: var target, Member: var method } when r.Registrar is { } registrar && ScopeOf(registrar).IsReceiver(target) => FunctionsNamed(registrar.OwnerType, method),
        _ => [],
    });

    /// <summary>What <paramref name="function"/>'s own body does through library calls (<see cref="LibraryEffects"/>), read once.</summary>
    internal LibraryEffects LibraryEffectsOf(FunctionDecl function) => _libraryEffects.GetOrAdd(function, f => LibraryEffects.Of(this, f));

    /// <summary>The first method of <paramref name="ownerType"/>, in source order, that takes a lock threads share (a
    /// Java <c>synchronized</c> method or block; not a lock file); null when none does.</summary>
    public FunctionDecl? LockingMethodOf(string ownerType) =>
        _lockingMethods.GetOrAdd(ownerType, owner => MethodsOf(owner).FirstOrDefault(f => LibraryEffectsOf(f).LocksForThreads));

    /// <summary>True when <paramref name="function"/>, or a method of its type it calls on its own receiver (and so on),
    /// takes a lock, runs a query or makes an atomic operation on its receiver's state: only then can its summary tell a
    /// caller on another object anything.</summary>
    internal bool SynchronizesItself(FunctionDecl function) => _synchronizesItself.GetOrAdd(function, f => LibraryEffects.ReachOwnSynchronization(this, f));

    /// <summary>True when the plain function <paramref name="function"/>, or one it calls by its bare name, takes a lock
    /// or names a top-level variable code may change (<see cref="LibraryEffects.ReachLockOrGlobal"/>): only then can
    /// its summary tell a caller anything.</summary>
    internal bool MayTouchShared(FunctionDecl function) =>
        _mayTouchShared.TryGetValue(function, out var answer)
            ? answer
            : LibraryEffects.ReachLockOrGlobal(this, function, f => _mayTouchShared.TryGetValue(f, out var k) ? k : null, (f, yes) => _mayTouchShared[f] = yes);

    /// <summary>What <paramref name="function"/> reads, writes and locks, for its callers' analysis.</summary>
    public MethodSummary SummaryOf(FunctionDecl function) => _summaries.Of(function);

    /// <summary>The summary of <paramref name="function"/> as <paramref name="call"/> runs it: a flag parameter it branches
    /// on (never assigned, tested bare or negated) that the call gives <c>true</c> or <c>false</c> takes only that
    /// branch, so a helper that takes or lets go of a lock only when told to (<c>fsUnlock := func() { if needFSLock {
    /// fs.mu.Unlock() } }</c>) does neither for a call that passes <c>false</c>. A call made where the caller's own flag
    /// is fixed (<paramref name="callerFlags"/>) that passes that flag on as it is (<c>o.infoWithSnapAndReply(snap, "")</c>
    /// in a walk where <c>snap</c> is false) gives the callee the same value.</summary>
    internal MethodSummary SummaryAt(FunctionDecl function, CallExpression call, IReadOnlyDictionary<string, bool>? callerFlags = null)
    {
        var flags = FlagParameters(function, MaxFlagHandOns);
        if (flags.Count == 0) return SummaryOf(function);
        var given = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var flag in flags)
        {
            var value = call.ArgumentFor(function, flag) switch
            {
                LiteralExpression literal => Facts.BooleanValue(literal),
                NameExpression { Name: var passed } when callerFlags is not null && callerFlags.TryGetValue(passed, out var fixedValue) => fixedValue,
                _ => null,
            };
            if (value is { } known) given[flag] = known;
        }
        return given.Count == 0 ? SummaryOf(function) : _summaries.Of(function, given);
    }

    // How many calls a flag may be handed on through, as it is, to the method that branches on it.
    private const int MaxFlagHandOns = 2;

    /// <summary>The parameters <paramref name="function"/> branches on as flags (<see cref="FlowWalker.FlagTested(FunctionDecl, IrExpression)"/>), or
    /// passes on as they are, through at most <paramref name="handOns"/> calls, for such a flag of a method of its type
    /// on its receiver or of a plain function of the package (<c>infoWithSnap(snap bool)</c> calling
    /// <c>o.infoWithSnapAndReply(snap, "")</c>). Each answer is kept, and depends only on answers with fewer hand-ons,
    /// so it is the same whichever function is asked first.</summary>
    private IReadOnlyList<string> FlagParameters(FunctionDecl function, int handOns) =>
        function.Body is null || function.Parameters.Count == 0 ? []
            : _flagParameters.GetOrAdd((function, handOns), key => FlagParametersOf(key.Function, key.HandOns));

    private IReadOnlyList<string> FlagParametersOf(FunctionDecl function, int handOns)
    {
        var (tested, handedOn) = _flagUses.GetOrAdd(function, FlagUses);
        if (handOns == 0 || handedOn.Count == 0) return tested;
        return tested.Concat(handedOn.Where(h => FlagParameters(h.Callee, handOns - 1).Contains(h.As)).Select(h => h.Parameter))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The parameters <paramref name="function"/> branches on as flags, and each other parameter it hands, as it
    /// is, to a method of its type on its receiver or a plain function of the package, with the callee's parameter it
    /// binds: one walk of the body, whatever number of hand-ons is asked.</summary>
    private (IReadOnlyList<string> Tested, IReadOnlyList<(string Parameter, FunctionDecl Callee, string As)> HandedOn) FlagUses(FunctionDecl function)
    {
        var tested = function.Body!.DescendantsAndSelf().OfType<IfStatement>().Select(i => FlowWalker.FlagTested(function, i.Condition)?.Name)
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var handedOn = new List<(string, FunctionDecl, string)>();
        foreach (var call in function.Body.DescendantsAndSelf().OfType<CallExpression>())
        {
            var passed = call.Arguments.Select(a => a.Value).OfType<NameExpression>()
                .Where(n => !tested.Contains(n.Name) && function.Parameters.Any(p => p.Name == n.Name) && !GivenParameters.Assigned(function, n.Name)).ToList();
            if (passed.Count == 0) continue;
            var callees = call.Callee switch
            {
                MemberAccess { Target: NameExpression { Name: var target }, Member: var method } when target == function.ReceiverName => FunctionsNamed(function.OwnerType, method),
                NameExpression { Name: var plain } => PlainFunctionsCalled(function, plain, call),
                _ => [],
            };
            foreach (var callee in callees)
                foreach (var parameter in callee.Parameters)
                    if (call.ArgumentFor(callee, parameter.Name) is NameExpression { Name: var name } && passed.Any(n => n.Name == name))
                        handedOn.Add((name, callee, parameter.Name));
        }
        return (tested, handedOn);
    }

    private void IndexGlobals(Module module, Assignment assignment)
    {
        var scope = Facts.Globals.PackageWide ? null : module;
        for (var i = 0; i < assignment.Targets.Count; i++)
        {
            if (assignment.Targets[i] is not NameExpression { Name: var name } target || Facts.IsBlankName(name)) continue;
            var value = assignment.Values.Count == assignment.Targets.Count ? assignment.Values[i]
                : assignment.Values.Count == 1 ? assignment.Values[0] : null;
            _globals.TryAdd((scope, name), new FieldDecl(target.Span, name, assignment.TypeText, false, value));
        }
    }

    private void Index(IrNode node)
    {
        // Every function whose body holds a possible guard can have one. The functions around one already noted were
        // noted with it.
        if (FlowWalker.MayGuard(node))
            for (IrNode? inner = node, around = node.Parent; around is not null; inner = around, around = around.Parent)
                if (around is FunctionDecl function && ReferenceEquals(inner, function.Body) && !_mayGuard.Add(function)) break;
        switch (node)
        {
            case Assignment assignment when assignment.Parent is not Module:
                foreach (var target in assignment.Targets) NoteChanged(target);
                NoteFieldsSetAfterConstruction(assignment);
                NoteMethodValuesInFields(assignment);
                break;
            case DeleteStatement delete:
                foreach (var target in delete.Targets) NoteChanged(target);
                break;
            case CollectionExpression { TypeText: { } madeType } literal:
                foreach (var element in literal.Elements)
                    if (element is KeyValueExpression { Key: NameExpression { Name: var field }, Value: var value })
                    {
                        var given = (Facts.BaseTypeName(madeType), field);
                        if (!_keyedValues.TryGetValue(given, out var values)) _keyedValues[given] = values = [];
                        values.Add(value);
                    }
                break;
            case TypeDecl type:
                _types.TryAdd(type.Name, type);
                break;
            case FunctionDecl function:
                if (function.Body is not null) _analyzedFunctions.Add(function);
                var key = (function.OwnerType, function.Name);
                if (!_functions.TryGetValue(key, out var list)) _functions[key] = list = [];
                list.Add(function);
                if (function.OwnerType is { } owner && Facts.IsConstructor(function))
                {
                    if (!_constructors.TryGetValue(owner, out var constructors)) _constructors[owner] = constructors = [];
                    constructors.Add(function);
                }
                break;
            case SpawnStatement spawn:
                NoteSpawn(spawn, spawn.Call);
                break;
            case FunctionLiteral literal when Facts.ServesRequests(literal):
                _handlerLiterals.Add(literal);
                break;
            case CallExpression call when CalleeName(call) is { } name:
                if (Facts.SpawnedCallable(call) is { } callable) NoteSpawn(call, callable);
                if (Facts.RegisteredHandler(call) is { } registered) _registeredHandlers.Add((registered, node.EnclosingFunction()));
                // A method called on a variable (m.pop(k), m.Store(k, v)), or a variable the call can write through (Go's
                // &n), may change it.
                if (call.Callee is MemberAccess { Target: var receiver }) NoteChanged(receiver);
                var arguments = call.Arguments;
                for (var i = 0; i < arguments.Count; i++)
                    if (Facts.WrittenThrough(arguments[i].Value) is { } written) NoteChanged(written);
                var caller = node.EnclosingFunction();
                if (caller is null) break;
                if (!_callSitesByName.TryGetValue(name, out var sites)) _callSitesByName[name] = sites = [];
                sites.Add(new CallSite(call, caller));
                for (var i = 0; i < arguments.Count; i++)
                    if (arguments[i].Value is MemberAccess { Member: var passed })
                    {
                        if (!_passedByName.TryGetValue(passed, out var passes)) _passedByName[passed] = passes = [];
                        passes.Add(new CallSite(call, caller));
                    }
                break;
        }
    }

    /// <summary>Indexes what <paramref name="started"/> runs: the function it names or calls, or each function a
    /// closure it runs calls; a method when it is called on the spawner's receiver or on an object whose type the
    /// package declares (<c>go w.Run()</c>, <c>Thread(target=worker.run)</c>).</summary>
    private void NoteSpawn(IrNode site, IrExpression started)
    {
        var spawner = site.EnclosingFunction();
        if (spawner is null) return;
        var repeated = SpawnSite.StartsRepeatedly(site, spawner, Facts);
        if (site is SpawnStatement && started is CallExpression { Callee: FunctionLiteral } || site is CallExpression && started is FunctionLiteral)
        {
            if (!_literalSpawns.TryGetValue(spawner, out var literals)) _literalSpawns[spawner] = literals = [];
            literals.Add(new SpawnSite(site, spawner, repeated, spawner.OwnerType));
        }
        // An object handed over instead of a function runs the method the language's threads call on it (Java's
        // new Thread(worker) runs worker.run(), Python's submit(worker) worker.__call__()). A name may hold a function
        // as well: that is looked up below, and the method only where the name holds an object of a type that has it.
        foreach (var entry in Facts.MethodsRunOnStartedObject(started)) NoteMethodSpawn(site, spawner, repeated, started, entry);
        var run = started is CallExpression { Callee: var direct } && direct is not FunctionLiteral ? direct : started;
        IEnumerable<IrExpression> callees = run is NameExpression or MemberAccess
            ? [run]
            : run.DescendantsAndSelf().OfType<CallExpression>().Select(c => c.Callee);
        foreach (var callee in callees)
        {
            switch (callee)
            {
                case NameExpression n:
                    AddSpawn(n.Name, new SpawnSite(site, spawner, repeated, null));
                    if (spawner.Parameters.Select(p => p.Name).ToList().IndexOf(n.Name) is var parameter and >= 0) _startedParameters.Add((spawner, parameter, site, repeated));
                    break;
                case MemberAccess { Target: var target, Member: var member }:
                    NoteMethodSpawn(site, spawner, repeated, target, member);
                    break;
            }
        }
    }

    /// <summary>Indexes a start of <paramref name="method"/> on <paramref name="target"/>: the spawner's own receiver, or
    /// another object, whose type is known once every declaration is indexed.</summary>
    private void NoteMethodSpawn(IrNode site, FunctionDecl spawner, bool repeated, IrExpression target, string method)
    {
        if (target is NameExpression { Name: var name } && name == spawner.ReceiverName)
            AddSpawn(method, new SpawnSite(site, spawner, repeated, spawner.OwnerType));
        else
            _spawnsOnObjects.Add((site, spawner, repeated, target, method));
    }

    private void AddSpawn(string name, SpawnSite spawn)
    {
        if (!_spawnsByName.TryGetValue(name, out var sites)) _spawnsByName[name] = sites = [];
        if (!sites.Any(s => ReferenceEquals(s.Site, spawn.Site) && s.OwnerType == spawn.OwnerType)) sites.Add(spawn);
    }

    /// <summary>True when a method of <paramref name="ownerType"/> other than its constructor assigns the receiver's
    /// field <paramref name="field"/>: the object keeps its own state there, whatever the constructor first put in it.</summary>
    public bool IsSetAfterConstruction(string ownerType, string field) => _setAfterConstruction.Contains((ownerType, field));

    /// <summary>True when the package assigns the field <paramref name="field"/> of <paramref name="ownerType"/>, after
    /// constructors, only in methods named <paramref name="method"/> of that type, and never takes its address (a
    /// composite literal that makes the object sets no field after it is made). A field of that name on an object of a
    /// known other type is another field.</summary>
    public bool IsAssignedOnlyIn(string ownerType, string field, string method) =>
        MemberAccessesNamed(field)
            .Where(use => (IsAssigned(use) || use.Parent is IrExpression written && ReferenceEquals(Facts.WrittenThrough(written), use))
                          && !(use.EnclosingFunction() is { } function && ScopeOf(function).ObjectTypeOf(use.Target) is { } type && type != ownerType))
            .All(use => IsAssigned(use) && use.EnclosingFunction() is { } writer
                        && (Facts.IsConstructor(writer) || writer.Name == method && writer.OwnerType == ownerType));

    /// <summary>True when every method named <paramref name="method"/> of <paramref name="ownerType"/> runs its body once
    /// per object: it returns early when a flag of its receiver is set (<c>if o.closed { …; return }</c>) and sets that
    /// flag itself (<c>o.closed = true</c>), which nothing else in the package sets but constructors; or when a
    /// compare-and-set of a word of its receiver fails (<c>if !db.setClosed() { return ErrClosed }</c>, with
    /// <c>atomic.CompareAndSwapUint32(&amp;db.closed, 0, 1)</c>), which nothing else changes.</summary>
    public bool RunsOncePerObject(string ownerType, string method)
    {
        var bodies = FunctionsNamed(ownerType, method);
        return bodies.Count > 0 && bodies.All(function => function.ReceiverName is { } receiver
            && Gates(function).Any(gate => SetsFlagItTests(function, gate, receiver) || WinsCompareAndSet(function, gate)));
    }

    /// <summary>True when <paramref name="function"/> returns unless it wins a compare-and-set of a word of its receiver
    /// that nothing else changes (the second way of <see cref="RunsOncePerObject"/>): its body past that gate runs once
    /// per object, whichever callers race for it.</summary>
    public bool WinsItsGateOnce(FunctionDecl function) =>
        function.OwnerType is not null && Gates(function).Any(gate => WinsCompareAndSet(function, gate));

    // The ifs at the top level of the function's body that return and have no else: the gates a run may stop at.
    private static IEnumerable<IfStatement> Gates(FunctionDecl function) =>
        function.Body?.Statements.OfType<IfStatement>().Where(gate => gate is { Else: null, Then.Statements: [.., ReturnStatement] }) ?? [];

    private bool SetsFlagItTests(FunctionDecl function, IfStatement gate, string receiver) =>
        gate.Condition is MemberAccess { Target: NameExpression { Name: var tested }, Member: var flag } && tested == receiver
        && function.Body!.Statements.SkipWhile(s => !ReferenceEquals(s, gate)).Any(s => s is Assignment { Targets: [MemberAccess { Target: NameExpression { Name: var set }, Member: var member }], Values: [LiteralExpression] }
                                                                                    && set == receiver && member == flag)
        && IsAssignedOnlyIn(function.OwnerType!, flag, function.Name);

    // The gate returns unless a compare-and-set of a word of the receiver, made in its condition or by a method of the
    // type it calls there, succeeds; no other method of the type changes that word itself (calling this one does not).
    private bool WinsCompareAndSet(FunctionDecl function, IfStatement gate)
    {
        if (gate.Condition is not UnaryExpression { Operator: "!", Operand: var won }) return false;
        var word = ModelOf(function).Accesses.FirstOrDefault(a => won.Span.Contains(a.Effect.Node.Span)
            && (a.Effect.Kind == EffectKind.AtomicCheckAndAct || a.Effect.AtomicInCallee) && a.Resource?.ReceiverField is { } field && a.Resource.Key == Resource.ReceiverKeyPrefix + field)?.Resource;
        if (word is null) return false;
        var helpers = won.DescendantsAndSelf().OfType<CallExpression>().Select(CalleeName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return MethodsOf(function.OwnerType!).Where(f => !ReferenceEquals(f, function) && !helpers.Contains(f.Name) && !Facts.IsConstructor(f))
            .All(other => !ModelOf(other).Accesses.Any(a => a.Effect.Kind != EffectKind.Read && a.Resource?.Key == word.Key && a.Effect.Helper is null));
    }

    /// <summary>True when <paramref name="function"/> takes its receiver's lock <paramref name="name"/> ("this.mu") in read
    /// mode only to keep out the methods of its type that take it to write: some do, and no other code of the package
    /// takes it to read, neither another method of its type nor code that takes a lock of that field name on another
    /// object.</summary>
    public bool ReadsOnlyToKeepWritersOut(FunctionDecl function, string name) =>
        _readsOnlyToKeepWritersOut.GetOrAdd((function, name), key => TakesToReadAlone(key.Function, key.Name));

    private bool TakesToReadAlone(FunctionDecl function, string name)
    {
        var field = "." + name[Resource.ReceiverKeyPrefix.Length..];
        var writers = false;
        foreach (var other in Functions)
        {
            if (ReferenceEquals(other, function)) continue;
            foreach (var taken in ModelOf(other).LockEvents)
            {
                if (taken is not { Kind: EffectKind.Acquire, Lock: { } lockName }) continue;
                var same = lockName == name && other.OwnerType == function.OwnerType;
                if (taken.Mode == LockMode.Shared && (same || lockName != name && lockName.EndsWith(field, StringComparison.Ordinal))) return false;
                writers |= same && taken.Mode == LockMode.Exclusive;
            }
        }
        return writers;
    }

    /// <summary>True when <paramref name="channel"/> is a field of a package type used as a lock: every making of it in the
    /// package gives it an empty channel of one slot (<see cref="ILanguageFacts.MakesLockChannel"/>: Go's
    /// <c>make(chan struct{}, 1)</c>, in the literal that makes the object or assigned later), and the code only sends
    /// into it, waiting (no select with a default that gives up), and receives from it: a send waits until the item is
    /// taken out again, as taking a lock waits for its release. A channel closed, handed on or offered without waiting
    /// signals instead.</summary>
    public bool IsLockChannel(IrExpression channel, IScope scope) =>
        channel is MemberAccess { Target: var holder, Member: var field } && scope.FieldOf(channel) is not null && scope.ObjectTypeOf(holder) is { } type
        && _lockChannels.GetOrAdd((type, field), key =>
        {
            var uses = MemberAccessesNamed(key.Field).ToList();
            var made = _keyedValues.GetValueOrDefault(key, []).Concat(uses.Where(IsAssigned)
                .Select(use => use.Parent is Assignment { Targets: var targets, Values: var values } && targets.Count == values.Count ? values[targets.ToList().IndexOf(use)] : null)).ToList();
            return made.Count > 0 && made.All(value => value is not null && Facts.MakesLockChannel(value))
                   && uses.All(use => IsAssigned(use) || IsWaitingSend(use) || use.Parent is UnaryExpression taken && Facts.Receive(taken) is not null);
        });

    private bool IsWaitingSend(MemberAccess use) =>
        use.Parent is BinaryExpression operation && Facts.Send(operation) is { } send && ReferenceEquals(send.Channel, use)
        && !(send.OneStep && operation.Ancestors().OfType<SwitchStatement>().FirstOrDefault() is { } select && select.Cases.Any(c => c.IsDefault));

    /// <summary>The type <paramref name="function"/> declares its first result of (<see cref="ILanguageFacts.ResultType"/>).</summary>
    public string? ResultTypeOf(FunctionDecl function) => _resultTypes.GetOrAdd(function, Facts.ResultType);

    /// <summary>True when <paramref name="use"/> is a target of the assignment it stands in.</summary>
    internal static bool IsAssigned(IrExpression use) => use.Parent is Assignment { Targets: var targets } && targets.Contains(use);

    private void NoteFieldsSetAfterConstruction(Assignment assignment)
    {
        if (assignment.EnclosingFunction() is not { OwnerType: { } owner, ReceiverName: { } receiver } method
            || Facts.IsConstructor(method)) return;
        foreach (var target in assignment.Targets)
            if (target is MemberAccess { Target: NameExpression { Name: var name }, Member: var field } && name == receiver)
                _setAfterConstruction.Add((owner, field));
    }

    /// <summary>Indexes <c>x.field = y.method</c>: the field holds a method value (a call would be a CallExpression).</summary>
    private void NoteMethodValuesInFields(Assignment assignment)
    {
        if (assignment.Targets.Count != assignment.Values.Count) return;
        for (var i = 0; i < assignment.Targets.Count; i++)
        {
            if (assignment.Targets[i] is not MemberAccess { Member: var field } || assignment.Values[i] is not MemberAccess { Member: var method }) continue;
            if (!_fieldsGivenMethod.TryGetValue(method, out var fields)) _fieldsGivenMethod[method] = fields = new HashSet<string>(StringComparer.Ordinal);
            fields.Add(field);
        }
    }

    private void NoteChanged(IrExpression target)
    {
        while (target is MemberAccess or IndexExpression)
            target = target is MemberAccess member ? member.Target : ((IndexExpression)target).Target;
        if (target is NameExpression { Name: var name }) _changedNames.Add(name);
    }

    /// <summary>The last name of a call's callee: "Lock" for f.lock.Lock(), "open" for open(p).</summary>
    public static string? CalleeName(CallExpression call) => call.Callee switch
    {
        NameExpression n => n.Name,
        MemberAccess m => m.Member,
        _ => null,
    };
}
