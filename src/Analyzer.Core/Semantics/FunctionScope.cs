using System.Text;
using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>Answers <see cref="IScope"/> questions for one function from its package's declarations.</summary>
internal sealed class FunctionScope(PackageModel package, FunctionDecl function) : IScope
{
    // For each local name, in source order: where an assignment to it starts and the value it gets there.
    private Dictionary<string, List<(int Offset, IrExpression Value)>>? _assignments;
    private Dictionary<string, string>? _declaredTypes;
    private Dictionary<IrExpression, string?>? _typesGiven;
    private HashSet<string>? _locals;
    private List<(IrNode Scope, int From)>? _receiverShadows;
    private SpawnedLiterals? _spawned;
    private bool? _returnsLiteral;
    private ClosureVariables? _closure;
    private HashSet<string>? _lockedVariables;
    private bool _findingLockedVariables;
    private HashSet<string>? _followedEntries;

    public FunctionDecl Function { get; } = function;
    public PackageModel Package { get; } = package;

    public bool IsReceiver(IrExpression expression) => expression is NameExpression name
        ? (Function.ReceiverName is { } receiver && name.Name == receiver || name.Name == Function.OwnerType) && !IsShadowed(name)
          || IsReceiverAlias(name)
        : expression is MemberAccess or CallExpression && Package.Facts.NamesReceiverClass(expression, Function);

    /// <summary>True when <paramref name="name"/> is a local given the receiver or its class once, before this use, and
    /// never given anything else (<c>T = Terminal</c>, <c>klass = type(self)</c>): it names the same object.</summary>
    private bool IsReceiverAlias(NameExpression name)
    {
        _assignments ??= AssignmentsByName();
        return _assignments.TryGetValue(name.Name, out var values) && values is [var (_, value)] && value.Span.EndOffset < name.Span.StartOffset
               && !(value is NameExpression { Name: var same } && same == name.Name) && Function.Parameters.All(p => p.Name != name.Name)
               && IsReceiver(value);
    }

    /// <summary>True when a block declares a variable under the receiver's name (Go's <c>c := &amp;pod.Spec.Containers[i]</c>
    /// in a method on <c>c</c>) and <paramref name="use"/> comes after the declaration, inside that block: there the
    /// name is the local's.</summary>
    private bool IsShadowed(NameExpression use)
    {
        _receiverShadows ??= ReceiverShadows();
        foreach (var (scope, from) in _receiverShadows)
            if (use.Span.StartOffset >= from && use.Ancestors().Any(a => ReferenceEquals(a, scope))) return true;
        return false;
    }

    /// <summary>Each declaration of the receiver's name in the body: the node it is visible in, from which offset on.
    /// A loop's targets are visible in its body only; its range expression still names the receiver.</summary>
    private List<(IrNode Scope, int From)> ReceiverShadows()
    {
        var shadows = new List<(IrNode, int)>();
        if (Function.Body is null || Function.ReceiverName is not { } receiver) return shadows;
        foreach (var node in Function.Body.DescendantsAndSelf())
        {
            switch (node)
            {
                case Assignment { IsDeclaration: true, Parent: { } scope } declaration when Declares(declaration.Targets, receiver):
                    shadows.Add((scope, declaration.Span.EndOffset));
                    break;
                case LoopStatement loop when Declares(loop.Targets, receiver):
                    shadows.Add((loop.Body, loop.Body.Span.StartOffset));
                    break;
                case FunctionLiteral literal when literal.Parameters.Any(p => p.Name == receiver):
                    shadows.Add((literal, literal.Span.StartOffset));
                    break;
            }
        }
        return shadows;
    }

    private static bool Declares(IEnumerable<IrExpression> targets, string name) => targets.Any(t => t is NameExpression n && n.Name == name);

    public FieldDecl? FieldOf(IrExpression expression) => expression switch
    {
        MemberAccess { Target: var target, Member: var member } when IsReceiver(target) => Package.FieldOf(Function.OwnerType, member),
        MemberAccess { Target: var target, Member: var member } when DeclaredTypeOf(target) is { } type => Package.FieldOf(type, member),
        NameExpression name => GlobalOf(name),
        _ => null,
    };

    /// <summary>The package type of <paramref name="expression"/> as the code declares or makes it: the receiver, a
    /// typed parameter, a field's declared type, a local made by a literal or by a package function whose returns make
    /// that one type (<see cref="PackageModel.TypeMadeBy"/>), a local given a value asserted to be of a type
    /// (<c>sub := pool.Get().(*subscription)</c>), or a local given a field, an item of one or a method's result earlier
    /// (<see cref="TypeGivenBy"/>; not in <c>n = n.next</c>, whose value is read before the assignment).</summary>
    public string? DeclaredTypeOf(IrExpression expression) => expression switch
    {
        _ when IsReceiver(expression) => Function.OwnerType,
        NameExpression { Name: var name } => Function.Parameters.FirstOrDefault(p => p.Name == name) is { } parameter
            ? parameter.TypeText is { } type ? Package.Facts.BaseTypeName(type) : null
            : (ValueOf(name, expression) is { } value ? Package.TypeMadeBy(value) ?? AssertedTypeOf(value) ?? (value.Span.EndOffset <= expression.Span.StartOffset ? TypeGivenBy(value) : null) : null)
              ?? (LocalTypeText(name) is { } declared ? PackageType(declared) : null) ?? ItemTypeOf(name, expression),
        MemberAccess => FieldOf(expression)?.TypeText is { } type ? Package.Facts.BaseTypeName(type) : null,
        _ => null,
    };

    private string? LocalTypeText(string name) => (_declaredTypes ??= DeclaredTypes()).GetValueOrDefault(name);

    // The type text of each local a declaration gives one (the first declaration of a name wins).
    private Dictionary<string, string> DeclaredTypes()
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Function.Body is null) return types;
        foreach (var declaration in Function.Body.DescendantsAndSelf().OfType<Assignment>().Where(a => a is { IsDeclaration: true, TypeText: not null }))
            foreach (var target in declaration.Targets.OfType<NameExpression>())
                types.TryAdd(target.Name, declaration.TypeText!);
        return types;
    }

    /// <summary>The package type of the items a loop around <paramref name="at"/> gives <paramref name="name"/> (<c>p</c> in
    /// <c>for _, p := range ps</c>, with <c>ps []*Plugin</c>): the element type of what it goes through, as declared; null
    /// when no loop gives it or the type is not known.</summary>
    private string? ItemTypeOf(string name, IrExpression at) =>
        at.Ancestors().OfType<LoopStatement>().FirstOrDefault(l => Package.Facts.LoopItem(l)?.Name == name) is { Iterable: { } items }
        && DeclaredTypeText(items) is { } text && Package.Facts.ElementType(text) is { } item
            ? PackageType(item)
            : null;

    /// <inheritdoc />
    public string? DeclaredTypeText(IrExpression expression) => expression switch
    {
        NameExpression { Name: var name } => Function.Parameters.FirstOrDefault(p => p.Name == name)?.TypeText ?? LocalTypeText(name),
        MemberAccess => FieldOf(expression)?.TypeText,
        _ => null,
    };

    private string? AssertedTypeOf(IrExpression value) => Package.Facts.AssertedType(value) is { } type ? Package.Facts.BaseTypeName(type) : null;

    /// <summary>The package type of what a local was given earlier: a field (<c>mset := o.mset</c>), an item of a field
    /// that holds a collection (<c>mb := fs.blks[i]</c>), or what a method of a known type declares it returns
    /// (<c>mb := fs.selectMsgBlock(seq)</c>).</summary>
    private string? TypeGivenBy(IrExpression value)
    {
        _typesGiven ??= new Dictionary<IrExpression, string?>(ReferenceEqualityComparer.Instance);
        if (!_typesGiven.TryGetValue(value, out var type)) _typesGiven[value] = type = TypeOfValue(value);
        return type;
    }

    private string? TypeOfValue(IrExpression value) => value switch
    {
        MemberAccess => DeclaredTypeOf(value),
        IndexExpression { Target: var collection } => FieldOf(collection)?.TypeText is { } text && Package.Facts.ElementType(text) is { } item ? PackageType(item) : null,
        CallExpression { Callee: MemberAccess { Target: var target, Member: var method } } call when DeclaredTypeOf(target) is { } owner
            && Package.FunctionsCalled(owner, method, call) is [var first, ..] callees && Package.ResultTypeOf(first) is { } result
            && callees.All(c => Package.ResultTypeOf(c) == result) => PackageType(result),
        _ => null,
    };

    private string? PackageType(string typeText) => Package.Facts.BaseTypeName(typeText) is var name && Package.TypeNamed(name) is not null ? name : null;

    /// <inheritdoc />
    public string? ObjectTypeOf(IrExpression expression)
    {
        if (DeclaredTypeOf(expression) is { } declared) return declared;
        if (FieldOf(expression) is not { } field) return null;
        if (field.TypeText is { } text) return Package.Facts.BaseTypeName(text);
        return field.Initializer is { } value ? Package.TypeMadeBy(value) : null;
    }

    /// <summary>The type a bare name denotes here, when a call is made on the type itself (<c>Registry.register(…)</c>,
    /// a static method's call): a type the package declares (in this module, where top-level names are the module's own),
    /// whose name no parameter, local or top-level variable takes.</summary>
    public string? TypeNamedBy(IrExpression expression)
    {
        if (expression is not NameExpression { Name: var name } || Package.TypeNamed(name) is not { } type
            || !Package.Facts.Globals.PackageWide && !ReferenceEquals(type.Module, Function.Module) || Package.GlobalOf(Function.Module, name) is not null) return null;
        _locals ??= Locals();
        return _locals.Contains(name) ? null : name;
    }

    /// <summary>The top-level variable a name denotes here: declared at the top level and not bound by this function
    /// (or one it is nested in) as a parameter, a local or a loop, with or except target.</summary>
    private FieldDecl? GlobalOf(NameExpression name)
    {
        if (Package.GlobalOf(Function.Module, name.Name) is not { } global) return null;
        _locals ??= Locals();
        return _locals.Contains(name.Name) ? null : global;
    }

    private HashSet<string> Locals()
    {
        var rules = Package.Facts.Globals;
        var locals = new HashSet<string>(StringComparer.Ordinal);
        var declaredGlobal = new HashSet<string>(StringComparer.Ordinal);
        foreach (var function in Function.Ancestors().OfType<FunctionDecl>().Prepend(Function))
        {
            if (function.ReceiverName is { } receiver) locals.Add(receiver);
            foreach (var parameter in function.Parameters) locals.Add(parameter.Name);
            if (function.Body is null) continue;
            foreach (var node in function.Body.DescendantsAndSelf())
            {
                switch (node)
                {
                    case Assignment assignment when rules.AssignmentDeclaresLocal || assignment.IsDeclaration:
                        locals.UnionWith(assignment.Targets.OfType<NameExpression>().Select(n => n.Name));
                        break;
                    case LoopStatement loop:
                        locals.UnionWith(loop.Targets.OfType<NameExpression>().Select(n => n.Name));
                        break;
                    case WithItem { Target: NameExpression target }:
                        locals.Add(target.Name);
                        break;
                    case ExceptHandler { Name: { } caught }:
                        locals.Add(caught);
                        break;
                    case FunctionDecl nested:
                        locals.Add(nested.Name);
                        locals.UnionWith(nested.Parameters.Select(p => p.Name));
                        break;
                    case FunctionLiteral literal:
                        locals.UnionWith(literal.Parameters.Select(p => p.Name));
                        break;
                    case OtherStatement other when other.Description == rules.GlobalStatement:
                        declaredGlobal.UnionWith(other.Items.OfType<NameExpression>().Select(n => n.Name));
                        break;
                }
            }
        }
        locals.ExceptWith(declaredGlobal);
        return locals;
    }

    public IrExpression? ValueOf(string localName, IrNode at)
    {
        _assignments ??= AssignmentsByName();
        if (!_assignments.TryGetValue(localName, out var values)) return null;
        IrExpression? found = null;
        foreach (var (offset, value) in values)
        {
            if (offset >= at.Span.StartOffset) break;
            found = value;
        }
        return found;
    }

    /// <summary>What each assignment of the body gives each local name it assigns: its own value, the one value of a
    /// multi-target assignment (<c>a, b := f()</c>), or nothing it can tell (an unpacking of several values into
    /// fewer targets keeps the earlier value).</summary>
    private Dictionary<string, List<(int Offset, IrExpression Value)>> AssignmentsByName()
    {
        var byName = new Dictionary<string, List<(int, IrExpression)>>(StringComparer.Ordinal);
        if (Function.Body is null) return byName;
        foreach (var assignment in Function.Body.DescendantsAndSelf().OfType<Assignment>())
            for (var i = 0; i < assignment.Targets.Count; i++)
            {
                if (assignment.Targets[i] is not NameExpression { Name: var name }) continue;
                var value = assignment.Values.Count == assignment.Targets.Count ? assignment.Values[i]
                    : assignment.Values.Count == 1 ? assignment.Values[0] : null;
                if (value is null) continue;
                if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
                list.Add((assignment.Span.StartOffset, value));
            }
        return byName;
    }

    public Resource? ResourceOfOrTakenFrom(IrExpression expression, bool throughCopies = false, bool ofItem = false)
    {
        if (ResourceOf(expression) is { } state) return state;
        // A channel an item taken from the state holds (sub.ch) is part of that item.
        if (ofItem && expression is MemberAccess { Target: NameExpression item }) expression = item;
        return throughCopies ? TakenFrom(expression, MaxCopies)
            : expression is NameExpression { Name: var local } && ValueOf(local, expression) is { } value ? ResourceOf(value) : null;
    }

    // How many copies (a loop over a local, a local a call made) a channel is followed back through.
    private const int MaxCopies = 3;

    private Resource? TakenFrom(IrExpression expression, int copies)
    {
        if (copies == 0 || expression is not NameExpression { Name: var local }) return null;
        if (LoopBinding(local, expression) is { Iterable: { } iterable })
            return ResourceOf(iterable) ?? TakenFrom(iterable, copies - 1);
        return ValueOf(local, expression) switch
        {
            null => null,
            CallExpression made when ResourceOf(made) is null => made.Arguments.Select(a => a.Value)
                .Where(a => a is not NameExpression { Name: var name } || name != local)
                .Select(a => ResourceOf(a) ?? TakenFrom(a, copies - 1)).FirstOrDefault(r => r is not null),
            var value => ResourceOf(value),
        };
    }

    /// <summary>The innermost loop around <paramref name="at"/> that binds <paramref name="local"/> to its items.</summary>
    private static LoopStatement? LoopBinding(string local, IrNode at) =>
        at.Ancestors().OfType<LoopStatement>().FirstOrDefault(loop => loop.Targets.Any(t => t is NameExpression { Name: var name } && name == local));

    /// <summary>The field itself, for <paramref name="expression"/>, a field whose resource is the store it holds
    /// (<see cref="ResourceKind.ExternalStore"/>): what a test whether it holds one (<c>c.client == nil</c>) reads and an
    /// assignment of another writes; null for anything else.</summary>
    public Resource? ReferenceOf(IrExpression expression, Resource? resource) =>
        expression is MemberAccess && resource is { Kind: ResourceKind.ExternalStore } store
            ? new Resource(ResourceKind.Field, store.Key, Display(expression))
            : null;

    public Resource? ResourceOf(IrExpression expression)
    {
        switch (expression)
        {
            case MemberAccess { Target: var target, Member: var member } when IsReceiver(target):
                var field = Package.FieldOf(Function.OwnerType, member);
                var key = Resource.ReceiverKeyPrefix + member;
                return IsExternalStore(field)
                    ? new Resource(ResourceKind.ExternalStore, key, $"{Display(expression)} (a {field!.TypeText ?? "store"}, locked inside each call if at all)")
                    : new Resource(ResourceKind.Field, key, Display(expression));
            // An attribute of an object a field holds, handed in from outside, when the function's concurrent copies all
            // hold the same one: the object's methods may lock, but its attributes are plain state.
            case MemberAccess { Target: MemberAccess { Target: var self, Member: var holder } inner, Member: var member }
                when IsReceiver(self) && ResourceOf(inner) is { Kind: ResourceKind.ExternalStore } && Package.StartSharingObject(Function, holder) is not null:
                return new Resource(ResourceKind.Field, Resource.ReceiverKeyPrefix + holder + "." + member, Display(expression));
            // An attribute of the object a parameter holds, when the function's concurrent copies are all handed the same one,
            // or when the function itself takes a lock of that object (c.Lock(), c.mu.Lock(), synchronized (c)): the lock
            // says other goroutines or threads reach it too.
            case MemberAccess { Target: NameExpression { Name: var parameter } target, Member: var member } when IsParameterPath(target)
                                                                                                        && (Package.SharesArgument(Function, parameter) || LocksObjectOf(parameter)):
                return new Resource(ResourceKind.Field, Resource.ParameterKeyPrefix + parameter + "." + member, Display(expression));
            // The object itself, when the function never binds it to another object: Python's q.get(), list.append().
            case NameExpression { Name: var parameter } when IsParameterPath(expression) && !(_assignments ??= AssignmentsByName()).ContainsKey(parameter)
                                                             && Package.SharesArgument(Function, parameter):
                return new Resource(ResourceKind.Field, Resource.ParameterKeyPrefix + parameter, Display(expression));
            case IndexExpression { Target: var target } when ContainerOf(target) is { } inner:
                return new Resource(ResourceKind.Element, inner.Key, Display(expression));
            // What a getter of the type answers (m.getData()), as the field it returns as it is.
            case CallExpression { Arguments.Count: 0 } when Package.FieldGivenBy(this, expression) is { } returned:
                return new Resource(ResourceKind.Field, Resource.ReceiverKeyPrefix + returned.Name, Display(expression));
            case MemberAccess { Target: var target, Member: var member } when ResourceOf(target) is { Kind: ResourceKind.Field } inner:
                return new Resource(ResourceKind.Field, inner.Key + "." + member, Display(expression));
            case NameExpression name when IsSharedCapture(name) || (_closure ??= new ClosureVariables(Function, Package.Facts.Globals)).IsFromEnclosing(name.Name):
                return new Resource(ResourceKind.Field, Resource.CapturedKeyPrefix + name.Name, name.Name);
            // A local holding the object the process keeps for a call's arguments (logger = logging.getLogger(name)): every
            // caller that asks for it gets the same one.
            case NameExpression { Name: var local } when ValueOf(local, expression) is CallExpression made && Package.Facts.ProcessWideObject(made, this) is { } shared:
                return new Resource(ResourceKind.Field, Resource.GlobalKeyPrefix + shared, Display(expression));
            case NameExpression name when GlobalOf(name) is { } global && Package.MayChange(name.Name) && !Package.Facts.IsLockField(global):
                return new Resource(ResourceKind.Field, Package.GlobalKey(Function.Module, name.Name), name.Name);
            // A local that holds the store a field of the receiver holds (client = self._client): calls through it reach
            // the same store. A local that copies a plain field is a snapshot, not the field.
            case NameExpression { Name: var local } when ValueOf(local, expression) is MemberAccess aliased && IsReceiver(aliased.Target)
                                                          && ResourceOf(aliased) is { Kind: ResourceKind.ExternalStore } store:
                return store;
            default:
                return null;
        }
    }

    /// <summary>True when <paramref name="name"/> is a variable of the function that a literal it starts shares with it,
    /// or that a literal it returns keeps for all its calls (<c>m := &amp;limiter{}; return func(c *Context) { … m.n++ … }</c>)
    /// when the function locks the object it holds: each call of the function makes its own, and only the lock says the
    /// returned literal's calls run side by side.</summary>
    private bool IsSharedCapture(NameExpression name) =>
        (Package.LiteralSpawnsIn(Function).Count > 0 || (_returnsLiteral ??= SpawnedLiterals.ReturnsLiteral(Function)))
        && (_spawned ??= new SpawnedLiterals(Function, Package)).IsCaptured(name, out var started) && (started || LocksObjectOf(name.Name));

    /// <summary>The shared state a container expression names, whose entries a subscript or membership test reads: a
    /// field or an element of one; or a container a field holds, handed in from outside (so an external store by
    /// itself), when the function's concurrent copies all hold the same one (<c>Worker(shared).start()</c> in a loop,
    /// the constructor keeping <c>shared</c> in <c>self.shared</c>); or a local given the container an entry of such
    /// state holds (<c>sessions = self.by_server[key]["sessions"]</c>), which is that entry's, not a copy as a slice
    /// (<c>live = self.live[:]</c>) is. Null otherwise.</summary>
    public Resource? ContainerOf(IrExpression expression) => ResourceOf(expression) switch
    {
        { Kind: ResourceKind.Field or ResourceKind.Element } owned => owned,
        { Kind: ResourceKind.ExternalStore } when expression is MemberAccess { Target: var self, Member: var holder } && IsReceiver(self)
                                                 && Package.StartSharingObject(Function, holder) is not null =>
            new Resource(ResourceKind.Field, Resource.ReceiverKeyPrefix + holder, Display(expression)),
        null when expression is NameExpression { Name: var local } => EntryHeldBy(local, expression),
        _ => null,
    };

    // The entry of shared state a local was given (a local given one through itself, node = node[key], or through
    // another local given it back, is followed once).
    private Resource? EntryHeldBy(string local, IrExpression at)
    {
        if ((ValueOf(local, at) as IndexExpression ?? EntryKept(local, at)) is not { Indices: [not OtherExpression] } entry || !(_followedEntries ??= []).Add(local)) return null;
        try
        {
            return ResourceOf(entry) is { Kind: ResourceKind.Element } held ? held : null;
        }
        finally
        {
            _followedEntries.Remove(local);
        }
    }

    /// <summary>The entry a local was first given when each later value it was given before <paramref name="at"/> is
    /// stored into that entry by the statement after (<c>inner, ok := m[k]; if !ok { inner = map[string]int{}; m[k] =
    /// inner }</c>): either way the local holds what the entry holds. Null otherwise.</summary>
    private IndexExpression? EntryKept(string local, IrExpression at)
    {
        _assignments ??= AssignmentsByName();
        if (!_assignments.TryGetValue(local, out var values)) return null;
        var before = values.TakeWhile(v => v.Offset < at.Span.StartOffset).ToList();
        if (before is not [{ Value: IndexExpression entry }, _, ..]) return null;
        var spelled = Normalize(entry);
        return before.Skip(1).All(v => v.Value.Parent is Assignment given && given.FollowingInBlock().FirstOrDefault() is Assignment { Targets: [IndexExpression into], Values: [NameExpression { Name: var stored }] }
                                       && stored == local && Normalize(into) == spelled)
            ? entry
            : null;
    }

    /// <summary>True when the function takes a lock of the object the parameter or local <paramref name="variable"/>
    /// holds, by a call (<c>c.Lock()</c>, <c>c.mu.Lock()</c>) or a scope (<c>with c.lock:</c>, <c>synchronized (c)</c>).
    /// While the answer is being found (the facts ask this scope about the lock's target) no variable counts.</summary>
    private bool LocksObjectOf(string variable)
    {
        if (_lockedVariables is null)
        {
            if (_findingLockedVariables) return false;
            _findingLockedVariables = true;
            try
            {
                _lockedVariables = LockedVariables();
            }
            finally
            {
                _findingLockedVariables = false;
            }
        }
        return _lockedVariables.Contains(variable);
    }

    private HashSet<string> LockedVariables()
    {
        var locked = new HashSet<string>(StringComparer.Ordinal);
        if (Function.Body is null) return locked;
        var facts = Package.Facts;
        foreach (var node in Function.Body.DescendantsAndSelf())
        {
            var (parameter, effects) = node switch
            {
                CallExpression { Callee: MemberAccess { Target: var target } } call when LockedVariable(target) is { } named => (named, facts.EffectsOfCall(call, this)),
                WithItem item when LockedVariable(item.Context) is { } named => (named, facts.EffectsOfScope(item, this)),
                _ => (null, []),
            };
            if (parameter is not null && effects.Any(e => e is { Kind: EffectKind.Acquire, Lock: not null })) locked.Add(parameter);
        }
        return locked;
    }

    /// <summary>The parameter or local whose object <paramref name="lockExpression"/> locks when it names a lock: the
    /// variable itself (a mutex it embeds, its monitor) or a lock field of it (<c>c.mu</c>); null for anything else, such
    /// as a lock of an object the variable reaches (<c>c.info.mu</c>).</summary>
    private string? LockedVariable(IrExpression lockExpression) => lockExpression switch
    {
        NameExpression { Name: var name } when !IsReceiver(lockExpression) && (IsParameter(name) || (_locals ??= Locals()).Contains(name)) => name,
        MemberAccess { Target: NameExpression { Name: var name } holder, Member: var member } when LockedVariable(holder) is not null
            && (FieldOf(lockExpression) is { } field ? Package.Facts.IsLockField(field) : LockNames.LooksLikeLock(member)) => name,
        _ => null,
    };

    /// <summary>The state of the object a parameter holds, or one reached through it (<c>c</c>, <c>c.State</c>), keyed
    /// apart from the receiver's; null for anything else, and for a parameter the function assigns. The caller hands
    /// the object in, and other callers may hold it too.</summary>
    public Resource? ParameterStateOf(IrExpression expression) =>
        IsParameterPath(expression) ? new Resource(ResourceKind.Field, Resource.ParameterKeyPrefix + Normalize(expression), Display(expression)) : null;

    private bool IsParameterPath(IrExpression expression) => expression switch
    {
        NameExpression { Name: var name } => !IsReceiver(expression) && IsParameter(name) && ValueOf(name, expression) is null,
        MemberAccess { Target: var inner } => IsParameterPath(inner),
        _ => false,
    };

    /// <summary>True when the lock named <paramref name="lockName"/> is an object the function makes for its own use:
    /// its root is a local the function (or one it is nested in) declares, not the receiver or a parameter, whose value
    /// at <paramref name="at"/> is a zero value or is made from nothing the call was given or can reach
    /// (<c>var mu sync.Mutex</c>, <c>mu := new(sync.Mutex)</c>, <c>lock = threading.Lock()</c>). Such a lock guards
    /// what the call's own threads share, not the receiver's state.</summary>
    public bool MakesOwnLock(string lockName, IrNode at)
    {
        var end = lockName.IndexOfAny(['.', '[', '(']);
        var root = end < 0 ? lockName : lockName[..end];
        _locals ??= Locals();
        if (!_locals.Contains(root) || root == Function.ReceiverName || IsParameter(root)) return false;
        return ValueOf(root, at) is not { } value
               || value.DescendantsAndSelf().OfType<NameExpression>().All(n => !_locals.Contains(n.Name) && GlobalOf(n) is null);
    }

    private bool IsParameter(string name)
    {
        var parameters = Function.Parameters;
        for (var i = 0; i < parameters.Count; i++)
            if (parameters[i].Name == name) return true;
        return false;
    }

    public string Normalize(IrExpression expression)
    {
        var builder = new StringBuilder();
        Append(expression, builder);
        return builder.ToString();
    }

    private string Display(IrExpression expression) => expression.SourceCode;

    /// <summary>A field is an external store when its type is an interface (its implementation has its own
    /// synchronization we cannot see) or, in a language without declared field types, when it was injected
    /// through the constructor and no other method assigns it (one that does keeps its own state there).</summary>
    private bool IsExternalStore(FieldDecl? field)
    {
        if (field is null || Package.Facts.IsLockField(field)) return false;
        if (field.TypeText is { } typeText)
        {
            if (Package.Facts.IsInterfaceLiteral(typeText)) return true;
            var type = Package.TypeNamed(Package.Facts.BaseTypeName(typeText));
            return type?.TypeKind == TypeDeclKind.Interface;
        }
        return field.Initializer is NameExpression { Name: var name }
               && Package.ConstructorsOf(Function.OwnerType!).Any(c => c.Parameters.Any(p => p.Name == name))
               && !Package.IsSetAfterConstruction(Function.OwnerType!, field.Name);
    }

    private void Append(IrNode node, StringBuilder builder)
    {
        switch (node)
        {
            case NameExpression name:
                builder.Append(IsReceiver(name) ? "this" : name.Name);
                break;
            case MemberAccess or CallExpression when IsReceiver((IrExpression)node):
                builder.Append("this");
                break;
            case MemberAccess member:
                Append(member.Target, builder);
                builder.Append('.').Append(member.Member);
                break;
            case IndexExpression index:
                Append(index.Target, builder);
                builder.Append('[');
                AppendAll(index.Indices, builder);
                builder.Append(']');
                break;
            case CallExpression call:
                Append(call.Callee, builder);
                builder.Append('(');
                AppendAll(call.Arguments.Select(a => a.Value), builder);
                builder.Append(')');
                break;
            case LiteralExpression literal:
                builder.Append('"').Append(literal.Value).Append('"');
                break;
            // Spelled from the tree, so "k%2" and "k % 2" are one key.
            case BinaryExpression binary:
                Append(binary.Left, builder);
                builder.Append(' ').Append(binary.Operator).Append(' ');
                Append(binary.Right, builder);
                break;
            case UnaryExpression unary:
                builder.Append(unary.Operator);
                if (char.IsLetter(unary.Operator[^1])) builder.Append(' ');
                Append(unary.Operand, builder);
                break;
            default:
                builder.Append(string.Join(' ', node.SourceCode.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
                break;
        }
    }

    private void AppendAll(IEnumerable<IrNode> nodes, StringBuilder builder)
    {
        var first = true;
        foreach (var node in nodes)
        {
            if (!first) builder.Append(", ");
            Append(node, builder);
            first = false;
        }
    }
}
