using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Semantics.Posix;
using Analyzer.Core.Semantics.Sql;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// What Python's libraries and conventions mean for races: threading and multiprocessing locks (with-blocks and
/// acquire/release), locks a call hands back held (<see cref="FactoryLocks"/>), DB-API cursors (execute with the SQL
/// parsed from the query string, fetch as the read of that query), Django's transaction.atomic (a transaction, not a
/// lock) and ORM calls (and SQLAlchemy's, <see cref="SqlAlchemyCalls"/>), os, os.path and pathlib file checks and acts, dict methods on fields (setdefault is atomic),
/// cache get/set/add, Redis commands (<see cref="RedisCalls"/>), and the *_locked naming convention.
/// </summary>
internal sealed class PythonFacts : ILanguageFacts
{
    private static readonly HashSet<string> LockClasses = ["Lock", "RLock", "Condition", "Semaphore", "BoundedSemaphore"];
    private static readonly string[] LockConstructors = [.. LockClasses.Select(c => c + "(")];
    private static readonly HashSet<string> PathChecks = ["exists", "isfile", "isdir", "lexists", "islink", "access", "getsize", "getmtime"];
    private static readonly HashSet<string> OsActs = ["mkdir", "makedirs", "rename", "replace", "remove", "unlink", "rmdir", "symlink", "link", "chmod", "chown", "removedirs", "truncate", "utime", "mkfifo", "listdir", "scandir"];
    private static readonly HashSet<string> ShutilActs = ["rmtree", "move", "copy", "copy2", "copyfile", "copytree"];
    private static readonly HashSet<string> OsPathModules = ["os.path", "posixpath", "ntpath"];
    private static readonly HashSet<string> OsModule = ["os"];
    private static readonly HashSet<string> ShutilModule = ["shutil"];
    private static readonly HashSet<string> UrllibModules = ["urllib.request", "urllib"];
    private static readonly HashSet<string> AsyncioModule = ["asyncio"];
    private static readonly HashSet<string> MappingReads = ["get", "keys", "values", "items", "copy", "__contains__", "__getitem__", "count", "index"];
    private static readonly HashSet<string> MappingRemovals = ["pop", "popitem", "popleft", "clear", "remove", "discard", "__delitem__"];
    private static readonly HashSet<string> MappingWrites = ["pop", "popitem", "popleft", "clear", "update", "append", "appendleft", "extend", "insert", "remove", "discard", "add", "move_to_end", "__setitem__", "__delitem__", "sort", "reverse"];
    private static readonly HashSet<string> CacheReads = ["get", "get_many", "has_key"];
    private static readonly HashSet<string> CacheWrites = ["set", "set_many", "delete", "delete_many", "incr", "decr", "touch"];
    private static readonly HashSet<string> CacheAtomic = ["add", "get_or_set"];
    private static readonly HashSet<string> StoreFailures = ["DatabaseError", "IntegrityError", "OperationalError", "TransactionManagementError", "Error", "OSError", "IOError", "EnvironmentError", "FileExistsError", "FileNotFoundError", "PermissionError", "Exception", "BaseException"];

    public bool IsConstructor(FunctionDecl function) => function.Name == "__init__";

    public bool NamesReceiverClass(IrExpression expression, FunctionDecl method) =>
        method.ReceiverName is { } receiver && expression switch
        {
            MemberAccess { Target: NameExpression { Name: var target }, Member: "__class__" } => target == receiver,
            CallExpression { Callee: NameExpression { Name: "type" }, Arguments: [{ Value: NameExpression { Name: var argument } }] } => argument == receiver,
            // __new__ runs before the object exists: its first parameter is the class.
            NameExpression { Name: var name } => name == receiver && method.Name == "__new__",
            _ => false,
        };

    public bool RunsOnCreation(FunctionDecl function) => function.Name is "__init__" or "__new__";

    public string BaseTypeName(string typeText)
    {
        var text = typeText.Trim();
        var subscript = text.IndexOfAny(['[', '(']);
        if (subscript > 0) text = text[..subscript];
        return text[(text.LastIndexOf('.') + 1)..];
    }

    public bool IsRootType(string typeName) => typeName is "object" or "Exception";

    /// <summary>A field annotated as a number, flag or string, or first set to such a literal (<c>self.retries = 0</c>).</summary>
    public bool HoldsValue(FieldDecl field) =>
        field.TypeText is "int" or "float" or "bool" or "str" or "bytes"
        || field.TypeText is null && field.Initializer is LiteralExpression { LiteralKind: not (LiteralKind.Null or LiteralKind.Ellipsis) };

    public string? SubscriptMethod(bool assigns) => assigns ? "__setitem__" : "__getitem__";

    public string? MembershipMethod => "__contains__";

    /// <summary>tempfile's mkstemp and mkdtemp, however imported or wrapped under the same name (a project's own
    /// compatibility module re-exporting them).</summary>
    public bool MakesUniquePath(CallExpression call) =>
        call.Callee is NameExpression { Name: "mkstemp" or "mkdtemp" } or MemberAccess { Member: "mkstemp" or "mkdtemp" };

    /// <summary><c>os.mkdir</c>, <c>os.symlink</c>, <c>os.link</c>, <c>os.mkfifo</c> and <c>os.mknod</c> raise
    /// FileExistsError when the path exists.</summary>
    public bool CreatesExclusively(IrNode act) =>
        act is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "os" }, Member: "mkdir" or "symlink" or "link" or "mkfifo" or "mknod" } };

    /// <summary>What a message calls the path <c>tempfile.mktemp</c> picks: the variable it is stored in, if any.</summary>
    private static string PickedName(CallExpression call) =>
        call.Parent is Assignment { Targets: [NameExpression { Name: var stored }] } ? stored : "the name it returns";

    public bool ListsDirectory(CallExpression call) => DirectoryListings.Lists(call);

    public bool FailsWhenPathMissing(IrNode act) => PathRaceHandling.FailsWhenMissing(act);

    public bool RemovesPath(IrNode act) => PathRaceHandling.IsRemoval(act);

    public bool SkipsOnFailure(IrNode act) => PathRaceHandling.SkipsOnFailure(act);

    /// <summary><c>tempfile.mktemp</c>, however imported.</summary>
    public bool PicksUnusedPath(CallExpression call) =>
        call.Callee is NameExpression { Name: "mktemp" } or MemberAccess { Member: "mktemp", Target: NameExpression { Name: "tempfile" } };

    public IrExpression? JoinedDirectory(CallExpression call) =>
        call is { Callee: MemberAccess { Member: "join" } callee, Arguments: [{ Name: null } directory, ..] } && callee.Target.SourceCode is "os.path" or "path" or "posixpath"
            ? directory.Value : null;

    /// <summary>Calling a class makes a new object of it.</summary>
    public bool IsMembershipTest(BinaryExpression test) => test.Operator is "in" or "not in";

    /// <inheritdoc />
    public bool HandlesClosedUse(ExceptHandler handler) =>
        handler.TypeNames.Count == 0 || handler.TypeNames.Any(t => ClosedUseFailures.Contains(t.Split('.')[^1]));

    // What a call through a closed socket, file or descriptor raises (socket.error and IOError are OSError's old names;
    // a closed file raises ValueError), and their bases.
    private static readonly HashSet<string> ClosedUseFailures = ["OSError", "IOError", "EnvironmentError", "error", "ConnectionError", "BrokenPipeError", "ValueError", "Exception", "BaseException"];

    /// <inheritdoc />
    public IrExpression? ClosedBy(CallExpression call) => call switch
    {
        { Callee: MemberAccess { Target: NameExpression { Name: "os" }, Member: "close" }, Arguments: [{ Value: var descriptor }] } => descriptor,
        { Callee: MemberAccess { Target: var closed, Member: "close" }, Arguments: [] } => closed,
        _ => null,
    };

    public bool ContainerOperationsAreAtomic => true;

    public bool HandlesMissing(ExceptHandler handler, IrNode read) =>
        handler.TypeNames.Count == 0 || handler.TypeNames.Select(t => t.Split('.')[^1]).Any(t => t is "Exception" or "BaseException"
            || read is IndexExpression && t is "KeyError" or "LookupError" || read is MemberAccess && t == "AttributeError");

    public bool IsTaskLock(IrExpression value) => value is CallExpression { Callee: var callee } && callee switch
    {
        MemberAccess { Target: NameExpression { Name: "asyncio" }, Member: var made } => LockClasses.Contains(made),
        NameExpression { Name: var made } => LockClasses.Contains(made) && PythonImports.BindsFrom(value.Module, made, AsyncioModule),
        _ => false,
    };

    public IrExpression SamePath(IrExpression path) => path is CallExpression { Arguments: [{ Name: null, Value: var inner }] } call
        && call.Callee is NameExpression { Name: "str" } or MemberAccess { Target: NameExpression { Name: "os" }, Member: "fspath" }
        ? SamePath(inner)
        : path;

    public bool IsAbsenceTest(BinaryExpression test) => test.Operator == "not in";

    public bool IsPresenceTest(CallExpression call) => call is { Callee: NameExpression { Name: "hasattr" }, Arguments.Count: 2 };

    /// <summary>A subscript of a missing key raises KeyError (IndexError for a sequence).</summary>
    public bool ReadOfMissingEntryFails(IndexExpression entry) => true;

    /// <summary>An attribute the object has not been given raises AttributeError.</summary>
    public bool ReadOfMissingMemberFails(MemberAccess member) => true;

    /// <inheritdoc />
    public bool? BooleanValue(LiteralExpression literal) => literal is { LiteralKind: LiteralKind.Boolean, Value: var value } ? value == "True" : null;

    /// <inheritdoc />
    public string? CreatedType(IrExpression value) => value is CallExpression { Callee: NameExpression { Name: var name } } ? name : null;

    public bool TasksYield => true;

    /// <summary><c>await</c>, and <c>yield</c> in a generator-based coroutine (<see cref="GeneratorCoroutines"/>).</summary>
    public bool YieldsToOtherTasks(IrExpression expression) =>
        expression is UnaryExpression { Operator: "await" } || GeneratorCoroutines.Suspends(expression);

    /// <summary>An <c>async def</c>: its definition starts with the keyword.</summary>
    public bool RunsAsTask(FunctionDecl function) =>
        function.Module.Text.Text.AsSpan(function.Span.StartOffset).StartsWith("async", StringComparison.Ordinal);

    /// <summary>The docstring, the string a class or function body starts with; else the comment block above it.</summary>
    public Documentation? DocumentationOf(IrNode declaration)
    {
        var first = declaration switch
        {
            TypeDecl type => type.Members.FirstOrDefault(),
            FunctionDecl function => function.Body?.Statements.FirstOrDefault(),
            _ => null,
        };
        return first is ExpressionStatement { Expression: LiteralExpression { LiteralKind: LiteralKind.String } docstring }
            ? new Documentation(docstring, docstring.Value)
            : Documentation.Above(declaration);
    }

    // threading.local, imported as a module attribute or by name, and asgiref's Local (Django's), which keeps a copy per
    // thread, and per task under asyncio.
    private static readonly HashSet<string> ThreadLocalTypes = ["threading.local", "local", "Local", "asgiref.local.Local", "_threading_local.local"];

    public bool IsThreadLocalType(string typeName) => ThreadLocalTypes.Contains(typeName);

    public bool IsClassLevel(FunctionDecl function) =>
        function.OwnerType is not null && (function.Decorators.Any(d => d is NameExpression { Name: "classmethod" or "staticmethod" })
                                           || function.Parent is TypeDecl { Bases: var bases } && bases.Contains("type"));

    /// <summary>A name with a leading underscore is private to its module by convention; a special method
    /// (<c>__call__</c>) is not, since the language calls it.</summary>
    public bool IsVisibleOutsidePackage(FunctionDecl function) =>
        !function.Name.StartsWith('_') || function.Name.Length > 4 && function.Name.StartsWith("__", StringComparison.Ordinal) && function.Name.EndsWith("__", StringComparison.Ordinal);

    public IReadOnlyList<Effect> EffectsOfCall(CallExpression call, IScope scope)
    {
        if (FactoryLocks.OfCall(call, scope) is { Count: > 0 } taken) return taken;
        switch (call.Callee)
        {
            case NameExpression { Name: "open" }:
                return OpenEffects(call, scope);
            case NameExpression or MemberAccess when QueryHelpers.QueryPassed(call, scope) is { } query:
                return SqlEffects(call, query, null, scope);
            case NameExpression or MemberAccess when PicksUnusedPath(call):
                return [new Effect(EffectKind.Read, call, Resource.PathOf(call, scope) with { Display = PickedName(call) }, Detail: "tempfile.mktemp")];
            // A check or act imported by name (from os.path import isfile; from shutil import rmtree) is the module's own.
            case NameExpression { Name: var check } when PathChecks.Contains(check) && call.Arguments.Count > 0 && PythonImports.BindsFrom(call.Module, check, OsPathModules):
                return [new Effect(EffectKind.Read, call, PathOf(call, 0, scope), Detail: $"os.path.{check}")];
            case NameExpression { Name: var act } when OsActs.Contains(act) && PythonImports.BindsFrom(call.Module, act, OsModule):
                return FileActs(call, "os", act, scope);
            case NameExpression { Name: var act } when ShutilActs.Contains(act) && PythonImports.BindsFrom(call.Module, act, ShutilModule):
                return FileActs(call, "shutil", act, scope);
            case NameExpression when DirectoryListings.Entries(call, scope) is { } entries:
                return [entries];
            // urllib's download writes the file named by its second argument, making or replacing it.
            case NameExpression { Name: "urlretrieve" } when call.Arguments.Count > 1 && PythonImports.BindsFrom(call.Module, "urlretrieve", UrllibModules):
            case MemberAccess { Member: "urlretrieve", Target.SourceCode: "urllib.request" or "request" } when call.Arguments.Count > 1:
                return [new Effect(EffectKind.Write, call, PathOf(call, 1, scope), Detail: "urlretrieve")];
            case NameExpression { Name: "get_object_or_404" } when DjangoInstances.Lookup(call, scope.Function) is { } lookup:
                return [lookup];
            case NameExpression { Name: "release" }:
                return FactoryLocks.OfReleaseHelper(call, scope);
            case NameExpression { Name: var builtin } when builtin is "hasattr" or "getattr" or "setattr" or "delattr" && NamedAttribute(call, scope) is { } attribute:
                return [builtin switch
                {
                    "setattr" => new Effect(EffectKind.Write, call, attribute, Detail: builtin),
                    "delattr" => new Effect(EffectKind.Write, call, attribute, Detail: builtin, Removes: true),
                    _ => new Effect(EffectKind.Read, call, attribute, Detail: builtin),
                }];
            case MemberAccess { Target: var target, Member: var method }:
                var receiver = target.SourceCode;
                if (method is "release" && FactoryLocks.HeldBy(target, scope) is { } factoryLock) return [new Effect(EffectKind.Release, call, Lock: factoryLock)];
                if (receiver == "fcntl" && method is "flock" or "lockf" && FileLockCalls.Effect(call, scope) is { } fileLock) return [fileLock];
                if (method is "acquire" or "release" && LockNamed(target, scope) is { } held)
                    return [new Effect(method == "acquire" ? EffectKind.Acquire : EffectKind.Release, call, Lock: scope.Normalize(held))];
                if (method is "release") return FactoryLocks.OfReleaseHelper(call, scope);
                if (method is "execute" or "executemany")
                    return SqlAlchemyCalls.Effects(call, target, method, scope) is { Count: > 0 } statement ? statement
                        : call.Arguments.Count > 0 ? SqlEffects(call, call.Arguments[0].Value, scope.Normalize(target), scope) : [];
                if (method is "fetchone" or "fetchall" or "fetchmany") return [new Effect(EffectKind.Fetch, call, Via: scope.Normalize(target))];
                // A check of os.path (or of the module imported as path) names the path it checks; a path object named
                // path checks itself (path.exists()).
                if (receiver is "os.path" or "path" && PathChecks.Contains(method) && call.Arguments.Count > 0 || receiver == "os" && method is "access" or "stat" or "lstat")
                    return [new Effect(EffectKind.Read, call, PathOf(call, 0, scope), Detail: $"{receiver}.{method}")];
                if (receiver == "os" && OsActs.Contains(method) || receiver == "shutil" && ShutilActs.Contains(method))
                    return FileActs(call, receiver, method, scope);
                if (DirectoryListings.Entries(call, scope) is { } listed) return [listed];
                if (receiver is "io" or "codecs" && method == "open") return OpenEffects(call, scope);
                if (OrmEffects(call, QuerySetKept(target, scope) ?? target, method, scope.Function) is { Count: > 0 } orm) return orm;
                if (DjangoInstances.Write(call, target, method, scope) is { } rowWrite) return [rowWrite];
                if (PeeweeCalls.Effects(call, target, method, scope) is { Count: > 0 } peewee) return peewee;
                if (SqlAlchemyCalls.Effects(call, target, method, scope) is { Count: > 0 } sqlAlchemy) return sqlAlchemy;
                if (PathlibCalls.Applies(call, target, method, scope)) return PathlibCalls.Effects(call, target, method, scope);
                if (RedisCalls.Effect(call, target, method, scope) is { } redis) return [redis];
                if (QueueCalls.Effect(call, target, method, scope) is { } queued) return [queued];
                if (LoggingCalls.Effect(call, target, method, scope) is { } handlers) return [handlers];
                if (EventCalls.Effect(call, target, method, scope) is { } signalled) return [signalled];
                // An object of a class of the package runs its own method, which its summary tells; a builtin
                // container's is a read or write of its entries.
                var cacheNamed = receiver.Contains("cache", StringComparison.OrdinalIgnoreCase);
                if (scope.ResourceOf(target) is { Kind: ResourceKind.Field or ResourceKind.Element } state && !RunsOwnMethod(target, method, scope)
                    && !(cacheNamed && SetsLikeACache(target, scope)))
                    return MappingEffects(call, method, state);
                if (cacheNamed) return CacheEffects(call, target, method, scope);
                return [];
            default:
                return [];
        }
    }

    public IReadOnlyList<Effect> EffectsOfScope(WithItem item, IScope scope)
    {
        var context = item.Context;
        if (context is CallExpression { Callee: var callee } && callee.SourceCode is "transaction.atomic" or "atomic")
            return [new Effect(EffectKind.TransactionBegin, item, Detail: "transaction.atomic")];
        if (context is MemberAccess { Target: var target, Member: "atomic" } && target.SourceCode == "transaction")
            return [new Effect(EffectKind.TransactionBegin, item, Detail: "transaction.atomic")];
        if (SqlAlchemyCalls.BeginsTransaction(context, scope))
            return [new Effect(EffectKind.TransactionBegin, item, Detail: context.SourceCode)];
        if (context is not CallExpression && LockNamed(context, scope) is { } held)
            return [new Effect(EffectKind.Acquire, item, Lock: scope.Normalize(held))];
        // A lock per key taken from a table that makes it on first use (with self._locks.setdefault(key, Lock()):).
        if (context is CallExpression { Callee: MemberAccess { Member: "setdefault" } } && IsLockValue(context))
            return [new Effect(EffectKind.Acquire, item, Lock: scope.Normalize(context))];
        if (context is CallExpression made && HandedBackLocks.Of(made, scope) is { } handed)
            return [new Effect(EffectKind.Acquire, item, Lock: handed)];
        return FactoryLocks.OfScope(item, scope);
    }

    public GlobalScoping Globals { get; } = new(PackageWide: false, AssignmentDeclaresLocal: true, GlobalStatement: "global");

    public string? ProcessWideObject(CallExpression call, IScope scope) => LoggingCalls.Logger(call, scope);

    /// <summary><c>@synchronized</c> (wrapt's, or any library's of that name, with or without a lock argument) runs the
    /// function under a lock of its own: one per object for a method, one per function otherwise.</summary>
    public string? LockHeldByDecorator(IrExpression decorator) =>
        (decorator is CallExpression { Callee: var factory } ? factory : decorator) switch
        {
            NameExpression { Name: "synchronized" or "synchronised" } or MemberAccess { Member: "synchronized" or "synchronised" } => "@synchronized",
            _ => null,
        };

    /// <summary>A field given a lock where it is first set, or named like a lock and given no value there or one handed in
    /// (<c>self.lock = lock</c>: a lock the caller made).</summary>
    public bool IsLockField(FieldDecl field) =>
        field.Initializer is { } value and not NameExpression ? IsLockValue(value)
        : LockNames.LooksLikeLock(field.Name) || field.Initializer is NameExpression { Name: var handedIn } && LockNames.LooksLikeLock(handedIn);

    /// <summary>A lock of the threading, asyncio or multiprocessing module (<c>threading.Lock()</c>, or <c>RLock()</c>
    /// imported from one): a process-local lock, each one its own. A file lock made twice for one path is one lock.</summary>
    public bool MakesLock(IrExpression value) => value is CallExpression { Callee: var callee } && (callee switch
    {
        NameExpression { Name: var name } => name,
        MemberAccess { Target: NameExpression { Name: "threading" or "asyncio" or "multiprocessing" }, Member: var member } => member,
        _ => null,
    }) is { } made && LockClasses.Contains(made) && !AdmitsMany(value);

    public bool NameImpliesCallerHoldsLock(string functionName) =>
        functionName.Length > "_locked".Length && functionName.EndsWith("_locked", StringComparison.Ordinal);

    public bool HandlesLostPathRace(IrNode act) => PathRaceHandling.IsHandled(act);

    public LostPathRace LostPathRaceOutcome(CallExpression act, IrExpression path) => PathRaceHandling.Outcome(act, path);

    public bool MayHandleFailureOf(CallExpression call) => PathRaceHandling.MayBeHandled(call);

    /// <inheritdoc />
    public bool OverwriteIgnoresPathCheck(IrNode check, IrNode act) => PathRaceHandling.ReplacesChecked(check, act);

    public bool LostPathRaceFailsLikeRefusal(IrNode check, IrExpression condition, Block refusal, IrNode act) =>
        PathRaceHandling.FailsLikeRefusal(check, condition, refusal, act);

    public bool CreateKeepsWhatAppeared(IrNode check, IrExpression condition, bool actsWhenConditionHolds, IrNode act) =>
        PathRaceHandling.TouchKeepsWhatAppeared(check, condition, actsWhenConditionHolds, act);

    public IrExpression? LengthOperand(CallExpression call) =>
        call is { Callee: NameExpression { Name: "len" }, Arguments: [{ Name: null } measured] } ? measured.Value : null;

    /// <summary>Code a threaded server runs once per request, many at once:
    /// <list type="bullet">
    /// <item>a function routed by a decorator (<c>@app.route(…)</c>, <c>@router.get(…)</c>, <c>@api_view(…)</c>), a
    /// Flask request hook (<c>@app.before_request</c>, <see cref="HandlerRegistrations"/>) or
    /// wrapped by one of Django's view decorators (<c>@login_required</c>, <c>@require_POST</c>);</item>
    /// <item>one that takes the web request as its first argument, as Django views and middleware do, when it reads
    /// the request's HTTP parts (<c>request.GET</c>, <c>request.get_host()</c>), is a top-level function of a views
    /// module (<c>views.py</c>, or a module of a <c>views</c> package) or is a method of a class-based view;</item>
    /// <item>a standard-library server's handler method under a threading server (<see cref="ThreadingServers"/>);</item>
    /// <item>a WSGI application, which takes <c>environ</c> and <c>start_response</c> (PEP 3333: a multithreaded
    /// server may invoke one application object from several threads at once);</item>
    /// <item>a gRPC servicer's method (a class whose base is named …Servicer, a method taking <c>request</c> and
    /// <c>context</c>): grpc's server runs each call on a thread of its pool.</item>
    /// </list></summary>
    public bool ServesRequests(FunctionDecl function) =>
        function.Decorators.Any(d => IsRoute(d) || IsViewDecorator(d)) || ThreadingServers.Handles(function)
        || function.Parameters is [{ Name: "environ" }, { Name: "start_response" }]
        || function.Parameters is [{ Name: "request" }, { Name: "context" }] && InServicerClass(function)
        || function.Parameters.FirstOrDefault()?.Name is "request" && function.Body is { } body
           && (function.OwnerType is null && InViewsModule(function) || InViewClass(function) || body.DescendantsAndSelf().OfType<MemberAccess>().Any(m => m is { Target: NameExpression { Name: "request" } } && WebRequestParts.Contains(m.Member)));

    /// <summary>A method decorated with Tornado's <c>run_on_executor</c> (<c>tornado.concurrent</c>), bare or with its
    /// <c>executor=</c> argument: every call runs the method on a thread of the object's executor and returns a future,
    /// so calls that overlap run side by side.</summary>
    public string? ConcurrentContract(FunctionDecl function) =>
        function.OwnerType is not null && function.Decorators.Any(d => (d is CallExpression call ? call.Callee : d) is NameExpression { Name: "run_on_executor" } or MemberAccess { Member: "run_on_executor" })
            ? "each of its calls, on a thread of the object's executor"
            : null;

    private static bool InServicerClass(FunctionDecl function) =>
        ClassBases.OfOwner(function).Any(name => name.EndsWith("Servicer", StringComparison.Ordinal));

    /// <summary>A method of a class-based view: a class whose base is named …View or …ViewSet (Django's <c>View</c>,
    /// <c>TemplateView</c>, REST framework's <c>APIView</c>, <c>ModelViewSet</c>).</summary>
    private static bool InViewClass(FunctionDecl function) =>
        ClassBases.OfOwner(function).Any(name => name.EndsWith("View", StringComparison.Ordinal) || name.EndsWith("ViewSet", StringComparison.Ordinal));

    private static bool InViewsModule(FunctionDecl function)
    {
        var path = function.Module.Text.Path.Replace('\\', '/');
        return path.EndsWith("/views.py", StringComparison.Ordinal) || path == "views.py" || path.Contains("/views/", StringComparison.Ordinal);
    }

    private static bool IsViewDecorator(IrExpression decorator) => (decorator is CallExpression call ? call.Callee : decorator) switch
    {
        NameExpression { Name: var name } => ViewDecorators.Contains(name),
        MemberAccess { Member: var name } => ViewDecorators.Contains(name),
        _ => false,
    };

    private static readonly HashSet<string> ViewDecorators =
        ["login_required", "permission_required", "require_http_methods", "require_GET", "require_POST", "require_safe", "csrf_exempt", "staff_member_required"];

    private static readonly HashSet<string> WebRequestParts =
        ["GET", "POST", "COOKIES", "FILES", "META", "method", "path", "path_info", "headers", "session", "user", "get_host", "build_absolute_uri", "is_secure", "get_full_path"];

    private static bool IsRoute(IrExpression decorator) => (decorator is CallExpression call ? call.Callee : decorator) switch
    {
        MemberAccess { Member: "route" or "get" or "post" or "put" or "patch" or "delete" or "websocket" } => true,
        MemberAccess { Member: var hook } => HandlerRegistrations.IsRequestHook(hook),
        NameExpression { Name: "api_view" } => true,
        _ => false,
    };

    public bool RunsScopeBody(IrExpression expression) => ScopeFactories.RunsScopeBody(expression);

    public bool IsCommandBase(string baseName, Module module) => CommandClasses.IsBase(baseName, module);

    /// <summary><c>@property</c> and <c>@functools.cached_property</c>.</summary>
    public bool IsProperty(FunctionDecl function) =>
        function.Decorators.Any(d => d is NameExpression { Name: "property" or "cached_property" } or MemberAccess { Member: "cached_property" });

    public IrExpression? SpawnedCallable(CallExpression call) => ConcurrentStarts.Callable(call);

    /// <summary>An object handed to a thread or an executor is called: its class's <c>__call__</c> runs.</summary>
    public IReadOnlyList<string> MethodsRunOnStartedObject(IrExpression started) => started is NameExpression ? CallMethod : [];

    private static readonly string[] CallMethod = ["__call__"];

    public IReadOnlyList<IrExpression> SpawnedArguments(CallExpression call) => ConcurrentStarts.Arguments(call);

    /// <summary>A subclass of <c>threading.Thread</c> (also imported as <c>Thread</c>): <c>start()</c> runs <c>run()</c>
    /// on a thread of its own.</summary>
    public (string Start, string Runs)? ThreadClassMethods(string baseName, Module module) =>
        baseName is "threading.Thread" or "Thread" ? ("start", "run") : null;

    public bool SpawnsManyAtOnce(CallExpression call) => ConcurrentStarts.MapsOnPool(call);

    public bool HooksEveryThread(CallExpression call) => ConcurrentStarts.HooksEveryThread(call);

    /// <summary><c>sys.exit</c> raises SystemExit; <c>os._exit</c> and <c>os.abort</c> end the process; the site
    /// module's <c>exit()</c> and <c>quit()</c> raise SystemExit; Flask's (werkzeug's) <c>abort(429)</c> raises the
    /// HTTP error that ends the request.</summary>
    public bool NeverReturns(CallExpression call) => call.Callee switch
    {
        MemberAccess { Target: NameExpression { Name: "sys" }, Member: "exit" } => true,
        MemberAccess { Target: NameExpression { Name: "os" }, Member: "_exit" or "abort" } => true,
        MemberAccess { Target: NameExpression { Name: var module }, Member: "abort" } => HttpAbortModules.Contains(module),
        NameExpression { Name: "exit" or "quit" } => true,
        NameExpression { Name: "abort" } => PythonImports.BindsFrom(call.Module, "abort", HttpAbortModules),
        _ => false,
    };

    private static readonly HashSet<string> HttpAbortModules = ["flask", "werkzeug.exceptions", "quart"];

    /// <summary>A list or set keeps what it is given (<c>append</c>, <c>insert</c>, <c>add</c>); <c>atexit.register</c>,
    /// a future's <c>add_done_callback</c> and an event loop's <c>call_soon</c>/<c>call_later</c> run it later;
    /// <c>defaultdict</c> calls its factory on each missing key.</summary>
    /// <summary><c>+</c> and printf-style formatting (<c>"visit:%s" % entity_id</c>) build text.</summary>
    public bool BuildsText(string binaryOperator) => binaryOperator is "+" or "%";

    public bool KeepsCallables(CallExpression call) => call.Callee switch
    {
        NameExpression { Name: "defaultdict" } => true,
        MemberAccess { Member: "append" or "insert" or "add" or "register" or "add_done_callback" or "call_soon" or "call_soon_threadsafe" or "call_later" or "call_at" or "defaultdict" } => true,
        _ => false,
    };

    /// <summary>A raise of anything but an exception that reports a bug in the program (<c>AssertionError</c>,
    /// <c>NotImplementedError</c>, <c>TypeError</c>): a check that raises one asserts an invariant, it does not refuse a
    /// caller.</summary>
    public bool ReportsFailure(IrStatement exit) =>
        exit is RaiseStatement { Exception: var raised } && !((raised is CallExpression { Callee: var type } ? type : raised) is NameExpression { Name: "AssertionError" or "NotImplementedError" or "TypeError" });

    public NameExpression? LoopItem(LoopStatement loop) =>
        loop is { LoopKind: LoopKind.Range, Targets: [NameExpression item] } ? item : null;

    public IrExpression? RegisteredHandler(CallExpression call) => HandlerRegistrations.Registered(call);

    public IrExpression? CollectionAddedTo(CallExpression call) =>
        call is { Callee: MemberAccess { Member: "append" or "add", Target: var into }, Arguments: [{ Name: null }] } ? into : null;

    public bool CatchesDuplicateRow(ExceptHandler handler) =>
        handler.TypeNames.Count > 0 && handler.TypeNames.All(t => t.Split('.')[^1] is "IntegrityError" or "UniqueViolation" or "UniqueViolationError");

    public bool CatchesStoreFailure(ExceptHandler handler) =>
        handler.TypeNames.Count == 0 || handler.TypeNames.Any(t => StoreFailures.Contains(t.Split('.')[^1]));


    /// <summary>The query <paramref name="text"/> that <paramref name="call"/> runs: a read or write of its table, one
    /// that the rows its cursor <paramref name="via"/> fetches later come from.</summary>
    private static IReadOnlyList<Effect> SqlEffects(CallExpression call, IrExpression text, string? via, IScope scope)
    {
        if (QueryText.Of(text, scope) is not { } query) return [];
        if (DatabaseLockStatement.Of(query.Text) is { } locking) return [new Effect(locking, call, Lock: DatabaseLockStatement.LockName, Detail: query.Text.Trim())];
        if (SqlStatement.Parse(query.Text, query.Placeholder) is not { } statement) return [];
        var table = statement.Table is { } name
            ? new Resource(ResourceKind.SqlTable, "sql:" + name, name)
            : statement.TablePlaceholder is { } slot && query.Argument(slot) is { } argument
                ? QueryText.TableResource(argument, scope)
                : null;
        if (table is null) return [];
        var verb = statement.Verb.ToString().ToUpperInvariant();
        if (statement.Verb == SqlVerb.Select)
            return [new Effect(statement.LocksRows ? EffectKind.AtomicCheckAndAct : EffectKind.Read, call, table, Detail: statement.LocksRows ? "SELECT ... FOR UPDATE" : verb, Via: via, LocksRows: statement.LocksRows)];
        return [new Effect(statement.IsUpsert ? EffectKind.AtomicCheckAndAct : EffectKind.Write, call, table, Detail: verb, Via: via)];
    }

    private static IReadOnlyList<Effect> OpenEffects(CallExpression call, IScope scope)
    {
        if (call.Arguments.Count == 0) return [];
        var exclusive = OpenCall.Mode(call) is LiteralExpression { Value: var m } && m.Contains('x', StringComparison.Ordinal);
        return [new Effect(exclusive ? EffectKind.AtomicCheckAndAct : EffectKind.Write, call, PathOf(call, 0, scope), Detail: "open")];
    }

    private static IReadOnlyList<Effect> FileActs(CallExpression call, string module, string method, IScope scope)
    {
        if (call.Arguments.Count == 0) return [];
        var detail = $"{module}.{method}";
        // os.symlink(src, dst) makes dst; src is only the text the link holds, never looked up.
        if (method == "symlink") return call.Arguments.Count > 1 ? [new Effect(EffectKind.Write, call, PathOf(call, 1, scope), Detail: detail)] : [];
        var tolerant = method == "makedirs" && KeywordArguments.IsTrue(call, "exist_ok", 2);
        var effects = new List<Effect> { new(tolerant ? EffectKind.AtomicCheckAndAct : EffectKind.Write, call, PathOf(call, 0, scope), Detail: detail) };
        if (method is "rename" or "replace" or "link" or "move" or "copy" or "copy2" or "copyfile" or "copytree" && call.Arguments.Count > 1)
            effects.Add(new Effect(EffectKind.Write, call, PathOf(call, 1, scope), Detail: detail));
        if (DirectoryListings.Entries(call, scope) is { } listed) effects.Add(listed);
        return effects;
    }

    private static Resource PathOf(CallExpression call, int index, IScope scope)
    {
        var path = call.Arguments.Count > index ? call.Arguments[index].Value : call;
        return Resource.PathOf(path, scope);
    }

    private static bool RunsOwnMethod(IrExpression target, string method, IScope scope) =>
        scope.ObjectTypeOf(target) is { } type && scope.Package.FunctionsNamed(type, method).Count > 0;

    private static IReadOnlyList<Effect> MappingEffects(CallExpression call, string method, Resource state)
    {
        var element = state with { Kind = ResourceKind.Element };
        if (method == "setdefault") return [new Effect(EffectKind.AtomicCheckAndAct, call, element, Detail: "dict.setdefault")];
        // A keyed pop takes out one entry, named as a subscript names it (self.pending[key]).
        if (method == "pop" && call.Arguments is [{ Name: null } key, ..]) element = element with { Display = $"{state.Display}[{key.Value.SourceCode}]" };
        if (MappingWrites.Contains(method))
            return [new Effect(EffectKind.Write, call, element, Detail: method + "()", Removes: MappingRemovals.Contains(method),
                Appends: method is "append" or "extend" or "add" && call.Arguments.Count == 1,
                TakesOne: method == "popleft" && call.Arguments.Count == 0
                          || method is "pop" or "remove" or "discard" && call.Arguments is [var item] && !item.Value.SourceCode.StartsWith('-'),
                MissingIsNoOp: method == "discard" || method == "pop" && call.Arguments.Count == 2)];
        if (MappingReads.Contains(method)) return [new Effect(EffectKind.Read, call, element, Detail: method + "()")];
        return [];
    }

    // QuerySet methods that hand back another queryset, run only when something looks at its rows.
    private static readonly HashSet<string> LazyQuerySets = ["all", "filter", "exclude", "order_by", "select_related", "prefetch_related", "distinct", "only", "defer", "values", "values_list"];

    /// <summary>The queryset a local holds (<c>rows = Coupon.objects.filter(code=c)</c>), for a call on it
    /// (<c>rows.update(n=F("n") + 1)</c>): the chain it was made by; null for any other target.</summary>
    private static IrExpression? QuerySetKept(IrExpression target, IScope scope) =>
        target is NameExpression { Name: var local } && scope.ValueOf(local, target) is CallExpression { Callee: MemberAccess { Member: var made } } kept
        && LazyQuerySets.Contains(made)
            ? kept
            : null;

    // A queryset kept in a local that the function only updates or deletes through (rows.update(n=F("n") + 1)) runs no
    // SELECT: those calls are the statements that run.
    private static bool OnlyWrittenThrough(string local, FunctionDecl function) =>
        function.Body?.DescendantsAndSelf().OfType<NameExpression>().Where(n => n.Name == local && !(n.Parent is Assignment assigned && assigned.Targets.Contains(n))).ToList() is { Count: > 0 } uses
        && uses.All(use => use.Parent is MemberAccess { Member: "update" or "delete", Parent: CallExpression });

    /// <summary>Django ORM: Model.objects.filter(...).exists()/get()/first() read the model's table; create(),
    /// UserManager's create_user() and create_superuser(), and update() write it; get_or_create/update_or_create and
    /// select_for_update() are atomic check-and-act.</summary>
    private static IReadOnlyList<Effect> OrmEffects(CallExpression call, IrExpression target, string method, FunctionDecl function)
    {
        if (DjangoInstances.ManagedModel(target, function) is not { } model) return [];
        var table = SqlAlchemyCalls.ModelTable(model);
        var locked = CallChains.Links(target).Any(m => m.Member == "select_for_update");
        // A queryset a for loop or a comprehension runs over reads the rows it hands them, as does one handed to a call
        // (set(rows), len(rows)); one kept in a local is read where the code first looks at it (if not rows:,
        // len(rows), rows[0]), before anything it decides.
        if (call.Parent is LoopStatement { Iterable: var iterated } && ReferenceEquals(iterated, call)
            || LazyQuerySets.Contains(method) && (call.Parent is Assignment { Targets: [NameExpression { Name: var local }] } kept && kept.Values.Contains(call)
                                                     && !OnlyWrittenThrough(local, function)
                                                  || call.Parent is Argument || call.Parent is ComprehensionExpression { Iterables: var sources } && sources.Contains(call)))
            return [new Effect(locked ? EffectKind.AtomicCheckAndAct : EffectKind.Read, call, table, Detail: $"{model}.objects...{method}()", LocksRows: locked)];
        return method switch
        {
            "get_or_create" or "update_or_create" or "bulk_create" when method != "bulk_create" || call.Arguments.Any(a => a.Name == "ignore_conflicts") => [new Effect(EffectKind.AtomicCheckAndAct, call, table, Detail: method)],
            "exists" or "get" or "first" or "last" or "count" => [new Effect(locked ? EffectKind.AtomicCheckAndAct : EffectKind.Read, call, table, Detail: $"{model}.objects...{method}()", LocksRows: locked)],
            // update() answers how many rows it matched: a test of that (if not updated:) is a check.
            "update" => [new Effect(EffectKind.Write, call, table, Detail: "UPDATE"), new Effect(EffectKind.Read, call, table, Detail: "UPDATE")],
            "create" or "delete" or "bulk_create" => [new Effect(EffectKind.Write, call, table, Detail: method.ToUpperInvariant() == "CREATE" ? "INSERT" : method.ToUpperInvariant())],
            // django.contrib.auth's UserManager makes and saves a user in one call.
            "create_user" or "create_superuser" => [new Effect(EffectKind.Write, call, table, Detail: "INSERT")],
            _ => [],
        };
    }

    /// <summary>The receiver's attribute a <c>hasattr(self, "name")</c>-style call names with a string literal: the same
    /// state as <c>self.name</c>.</summary>
    private static Resource? NamedAttribute(CallExpression call, IScope scope) =>
        call.Arguments is [{ Value: var owner }, { Value: LiteralExpression { LiteralKind: LiteralKind.String, Value: var name } }, ..]
        && scope.IsReceiver(owner)
            ? new Resource(ResourceKind.Field, Resource.ReceiverKeyPrefix + name, $"{owner.SourceCode}.{name}")
            : null;

    /// <summary>True when the function calls a method on <paramref name="target"/> that a cache client has and a
    /// container does not (<c>self.cache.set(key, history, ttl)</c>): the field holds a cache, not a dict.</summary>
    private static bool SetsLikeACache(IrExpression target, IScope scope)
    {
        var text = scope.Normalize(target);
        return scope.Function.Body is { } body && body.DescendantsAndSelf().OfType<CallExpression>()
            .Any(c => c.Callee is MemberAccess { Member: var verb, Target: var on } && CacheOnlyVerbs.Contains(verb) && scope.Normalize(on) == text);
    }

    private static readonly HashSet<string> CacheOnlyVerbs = ["set", "set_many", "incr", "decr", "touch", "get_or_set", "delete_many"];

    private static IReadOnlyList<Effect> CacheEffects(CallExpression call, IrExpression cache, string method, IScope scope)
    {
        if (call.Arguments.Count == 0) return [];
        var key = new Resource(ResourceKind.CacheKey, $"cache:{scope.Normalize(cache)}[{scope.Normalize(call.Arguments[0].Value)}]", call.Arguments[0].Value.SourceCode);
        var detail = $"{cache.SourceCode}.{method}";
        if (CacheAtomic.Contains(method)) return [new Effect(EffectKind.AtomicCheckAndAct, call, key, Detail: detail)];
        if (CacheWrites.Contains(method)) return [new Effect(EffectKind.Write, call, key, Detail: detail, Relative: method is "incr" or "decr")];
        if (CacheReads.Contains(method)) return [new Effect(EffectKind.Read, call, key, Detail: detail)];
        return [];
    }

    /// <summary>The lock <paramref name="target"/> names: the lock attribute a local holds (<c>lock = self._lock</c>), so
    /// its holds are the attribute's, or the target itself; null when neither is a lock.</summary>
    private IrExpression? LockNamed(IrExpression target, IScope scope) =>
        target is NameExpression { Name: var name } && scope.ValueOf(name, target) is MemberAccess aliased && IsLock(aliased, scope) ? aliased
        : IsLock(target, scope) ? target : null;

    private bool IsLock(IrExpression target, IScope scope)
    {
        if (scope.FieldOf(target) is { } field) return IsLockField(field);
        if (target is NameExpression { Name: var name } && scope.ValueOf(name, target) is { } value) return IsLockValue(value);
        return LockNames.LooksLikeLock(target.SourceCode);
    }

    /// <summary>threading.Condition's <c>wait()</c>, on an attribute or a local that holds a condition
    /// (<c>self._cond = threading.Condition()</c>).</summary>
    public bool IsConditionWait(CallExpression call, IScope scope) =>
        call.Callee is MemberAccess { Member: "wait", Target: var target }
        && (scope.FieldOf(target)?.Initializer ?? (target is NameExpression { Name: var name } ? scope.ValueOf(name, target) : null))
            is CallExpression { Callee: NameExpression { Name: "Condition" } or MemberAccess { Member: "Condition" } };

    internal static bool IsLockValue(IrExpression value)
    {
        var text = value.SourceCode;
        return LockConstructors.Any(c => text.Contains(c, StringComparison.Ordinal)) && !AdmitsMany(value);
    }

    /// <summary>A semaphore made with room for more than one holder (<c>threading.BoundedSemaphore(value=20)</c>, a
    /// count from a variable): a throttle, which keeps no one out while it has room. One made with room for one
    /// (<c>Semaphore()</c>, <c>Semaphore(1)</c>) is a lock.</summary>
    private static bool AdmitsMany(IrExpression value) =>
        value is CallExpression { Callee: NameExpression { Name: "Semaphore" or "BoundedSemaphore" } or MemberAccess { Member: "Semaphore" or "BoundedSemaphore" } } made
        && made.Arguments.FirstOrDefault(a => a.Name is null or "value") is { Value: var count } && count is not LiteralExpression { Value: "1" };
}
