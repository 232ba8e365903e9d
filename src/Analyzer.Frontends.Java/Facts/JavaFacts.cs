using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Frontends.Java.Lowering;

namespace Analyzer.Frontends.Java.Facts;

/// <summary>
/// What Java's language and libraries mean for concurrency: a <c>synchronized</c> block or method holds its monitor;
/// <c>ReentrantLock</c>, <c>ReentrantReadWriteLock</c> and <c>StampedLock</c> are taken and released by calls; a
/// collection's lookups read it and its mutators write it, and the concurrent collections' compound calls
/// (<c>putIfAbsent</c>, <c>computeIfAbsent</c>, <c>merge</c>, …) check and act in one step; an atomic's
/// <c>compareAndSet</c> and <c>updateAndGet</c> do too, while its <c>incrementAndGet</c> changes it without a test;
/// <c>File.exists()</c> and <c>Files.exists(p)</c> check a path that <c>delete</c>, streams and <c>Files.write</c> use,
/// and <c>createNewFile</c>, <c>mkdir</c> and <c>Files.createFile</c> create it exclusively; JDBC runs SQL
/// (<see cref="JdbcCalls"/>).
/// </summary>
internal sealed class JavaFacts : ILanguageFacts
{
    private static readonly HashSet<string> CollectionReads =
        ["get", "getOrDefault", "containsKey", "containsValue", "contains", "isEmpty", "size", "keySet", "values", "entrySet", "peek", "indexOf", "iterator", "stream", "forEach"];

    private static readonly HashSet<string> CollectionWrites = ["put", "putAll", "add", "addAll", "set", "offer", "push", "remove", "removeAll", "removeIf", "retainAll", "clear", "poll", "pop"];

    private static readonly HashSet<string> CollectionRemovals = ["remove", "removeAll", "removeIf", "retainAll", "clear", "poll", "pop"];

    private static readonly HashSet<string> CollectionAtomics = ["putIfAbsent", "computeIfAbsent", "computeIfPresent", "compute", "merge", "replace"];

    private static readonly HashSet<string> AtomicChecksAndActs =
        ["compareAndSet", "weakCompareAndSet", "getAndSet", "getAndUpdate", "updateAndGet", "getAndAccumulate", "accumulateAndGet", "compareAndExchange"];

    private static readonly HashSet<string> FileChecks = ["exists", "notExists", "isDirectory", "isRegularFile", "isFile", "canRead", "canWrite", "length", "lastModified", "size"];

    private static readonly HashSet<string> FileExclusiveCreates = ["createNewFile", "mkdir", "mkdirs", "createFile", "createDirectory", "createDirectories", "deleteIfExists", "createTempFile"];

    private static readonly HashSet<string> FileUses =
        ["delete", "renameTo", "setReadable", "setWritable", "setExecutable", "newInputStream", "newOutputStream", "newBufferedReader", "newBufferedWriter",
         "readAllBytes", "readAllLines", "readString", "write", "writeString", "copy", "move", "lines"];

    private static readonly HashSet<string> FileStreams = ["FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile"];

    public GlobalScoping Globals { get; } = new(PackageWide: false, AssignmentDeclaresLocal: false, GlobalStatement: null);

    /// <summary>A field whose type is one of java.util.concurrent.locks' locks, or a plain <c>new Object()</c>, which is
    /// good for nothing but a monitor.</summary>
    public bool IsLockField(FieldDecl field) =>
        JavaTypes.IsLock(field.TypeText is { } type ? JavaTypes.Base(type) : null)
        || field.Initializer is CallExpression { Callee: NameExpression { Name: var made }, Arguments.Count: 0 } && (made == "Object" || JavaTypes.IsLock(made));

    /// <summary>A lock class made with <c>new</c>; not a plain <c>new Object()</c>, which a map also holds as a mere
    /// marker.</summary>
    public bool MakesLock(IrExpression value) => value is CallExpression { Callee: NameExpression { Name: var made } } && JavaTypes.IsLock(made);

    /// <summary>Object's <c>wait()</c> (on the object's own monitor or another's), and a <c>Condition</c>'s
    /// <c>await</c> family, on a field declared <c>Condition</c> or a local made by <c>newCondition()</c>.</summary>
    public bool IsConditionWait(CallExpression call, IScope scope) => call.Callee switch
    {
        NameExpression { Name: "wait" } or MemberAccess { Member: "wait" } => call.Arguments.Count <= 2,
        MemberAccess { Member: "await" or "awaitNanos" or "awaitUninterruptibly" or "awaitUntil", Target: var condition } =>
            scope.FieldOf(condition)?.TypeText is { } type ? JavaTypes.Base(type) == "Condition"
            : condition is NameExpression { Name: var name } && scope.ValueOf(name, condition) is CallExpression { Callee: MemberAccess { Member: "newCondition" } },
        _ => false,
    };

    /// <summary>A constructor is named after its class.</summary>
    public bool IsConstructor(FunctionDecl function) => function.OwnerType is { } owner && function.Name == owner;

    public string BaseTypeName(string typeText) => JavaTypes.Base(typeText);

    /// <inheritdoc />
    public bool HoldsValue(FieldDecl field) => field.TypeText is { } type && JavaTypes.IsValue(type);

    /// <inheritdoc />
    public bool? BooleanValue(LiteralExpression literal) => literal is { LiteralKind: LiteralKind.Boolean, Value: var value } ? value == "true" : null;

    /// <summary><c>new Job(…)</c>, lowered to a call of the class's name: the model keeps it only when the package
    /// declares that type.</summary>
    public string? CreatedType(IrExpression value) => value is CallExpression { Callee: NameExpression { Name: var name } } ? name : null;

    /// <summary>Overloads differ in their parameters: a call runs one whose count matches its arguments, or a variable
    /// arity one (<c>String... names</c>) whose fixed parameters it fills.</summary>
    public bool MayCall(CallExpression call, FunctionDecl callee)
    {
        var parameters = callee.Parameters;
        return parameters.Count > 0 && JavaTypes.IsVariableArity(parameters[^1].TypeText)
            ? call.Arguments.Count >= parameters.Count - 1
            : call.Arguments.Count == parameters.Count;
    }

    public bool IsRootType(string typeName) => typeName is "Object" or "Exception" or "RuntimeException" or "Throwable";

    public bool IsBlankName(string name) => name == "_";

    /// <summary>Java code spells the convention <c>fooLocked</c>.</summary>
    public bool NameImpliesCallerHoldsLock(string functionName) =>
        functionName.Length > "Locked".Length && functionName.EndsWith("Locked", StringComparison.Ordinal);

    public bool CatchesDuplicateRow(ExceptHandler handler) =>
        handler.TypeNames.Count > 0 && handler.TypeNames.All(t => JavaTypes.Base(t) is "SQLIntegrityConstraintViolationException" or "DuplicateKeyException");

    public bool CatchesStoreFailure(ExceptHandler handler) =>
        handler.TypeNames.Any(t => JavaTypes.Base(t) is "SQLException" or "SQLIntegrityConstraintViolationException" or "IOException" or "FileAlreadyExistsException");

    public bool HandlesLostPathRace(IrNode act) => PathRaceHandling.IsHandled(act);

    public bool LostPathRaceFailsLikeRefusal(IrNode check, IrExpression condition, Block refusal, IrNode act) =>
        PathRaceHandling.FailsLikeRefusal(check, condition, refusal, act);

    public bool IsVisibleOutsidePackage(FunctionDecl function) => JavaVisibility.IsVisibleOutsidePackage(function);

    public bool IsClassLevel(FunctionDecl function) => JavaVisibility.IsStatic(function);

    public Documentation? DocumentationOf(IrNode declaration) => JavaDoc.Of(declaration);

    /// <summary><c>a.equals(b)</c> and <c>Objects.equals(a, b)</c>.</summary>
    public (IrExpression Left, IrExpression Right)? EqualityCall(CallExpression call) => call switch
    {
        { Callee: MemberAccess { Target: NameExpression { Name: "Objects" }, Member: "equals" }, Arguments: [var left, var right] } => (left.Value, right.Value),
        { Callee: MemberAccess { Target: var left, Member: "equals" }, Arguments: [var right] } => (left, right.Value),
        _ => null,
    };

    private static readonly HashSet<string> ServletEntryPoints =
        ["service", "doGet", "doPost", "doPut", "doDelete", "doHead", "doOptions", "doTrace", "doPatch", "doFilter", "handle"];

    /// <summary>A servlet container sends concurrent requests through one servlet, filter or handler object: its
    /// <c>service</c>, <c>doGet</c>/<c>doPost</c>/…, <c>doFilter</c> or <c>handle</c> method, taking a servlet request
    /// and response, serves requests, many at a time. (Other methods that take both, such as a request's own
    /// <c>startAsync</c>, belong to one request.)</summary>
    public bool ServesRequests(FunctionDecl function) =>
        function.OwnerType is not null && ServletEntryPoints.Contains(function.Name)
        && function.Parameters.Any(p => JavaTypes.Base(p.TypeText ?? string.Empty) is "HttpServletRequest" or "ServletRequest")
        && function.Parameters.Any(p => JavaTypes.Base(p.TypeText ?? string.Empty) is "HttpServletResponse" or "ServletResponse");

    public bool NeverReturns(CallExpression call) =>
        call.Callee is MemberAccess { Target: NameExpression { Name: "System" or "Runtime" }, Member: "exit" or "halt" };

    /// <summary>A thread or an executor runs what it is given on another thread; so does a future's async start; and a
    /// parallel stream runs the function given to its operations on many elements at once (<see cref="SpawnsManyAtOnce"/>).
    /// A Netty channel's event loop (<c>channel.eventLoop().execute(task)</c>) is no such start: it runs its tasks one
    /// at a time on the one thread that also runs the channel's handlers.</summary>
    public IrExpression? SpawnedCallable(CallExpression call) => call switch
    {
        { Callee: NameExpression { Name: "Thread" }, Arguments: [var task, ..] } => task.Value,
        { Callee: MemberAccess { Target: CallExpression { Callee: MemberAccess { Member: "eventLoop" } } } } => null,
        { Callee: MemberAccess { Member: "submit" or "execute" or "runAsync" or "supplyAsync" or "startVirtualThread" }, Arguments: [var task, ..] } => task.Value,
        { Arguments: [var operation] } when SpawnsManyAtOnce(call) => operation.Value,
        _ => null,
    };

    /// <summary>A thread or executor handed an object made or held by a local (<c>new Thread(worker)</c>,
    /// <c>executor.submit(new Fetch(url))</c>) runs its <c>run()</c> (a <c>Runnable</c>) or <c>call()</c> (a
    /// <c>Callable</c>); a lambda or a method reference is a function. An object that hands itself or one it keeps in a
    /// field over (<c>executor.execute(this)</c>, <c>_channel.execute(_channel)</c>) is left out: that is how a
    /// connection or a channel re-dispatches itself from its own callbacks, one at a time, and its several such starts
    /// are alternatives (on Jetty they made four findings, all on state that one dispatch at a time owns).</summary>
    public IReadOnlyList<string> MethodsRunOnStartedObject(IrExpression started) =>
        started is NameExpression { Name: not JavaLowering.Receiver } or CallExpression ? TaskEntryMethods : [];

    private static readonly string[] TaskEntryMethods = ["run", "call"];

    /// <summary>A Maven plugin's goal (<c>org.apache.maven.plugin.AbstractMojo</c>) and an Ant task
    /// (<c>org.apache.tools.ant.Task</c>): a build step the build tool runs once, as one process doing the job its user
    /// started. Known by the import that names the base.</summary>
    public bool IsCommandBase(string baseName, Module module) =>
        JavaTypes.Base(baseName) is var name && CommandBases.Contains(name)
        && (baseName == CommandPackage(name) + "." + name
            || module.DescendantsAndSelf().OfType<ImportDecl>().Any(i => i.Path == CommandPackage(name) + "." + name || i.Path == CommandPackage(name) + ".*"));

    private static readonly HashSet<string> CommandBases = ["AbstractMojo", "Task"];

    private static string CommandPackage(string baseName) => baseName == "Task" ? "org.apache.tools.ant" : "org.apache.maven.plugin";

    /// <summary>A subclass of <c>Thread</c>: <c>start()</c> runs <c>run()</c> on a thread of its own. A base class is told
    /// by its name: a project's own thread class (<c>ZooKeeperThread</c>, a framework's <c>ServiceThread</c>) is named
    /// for what it is, and is often declared in another package, whose declaration the analysis cannot follow to
    /// <c>Thread</c>.</summary>
    public (string Start, string Runs)? ThreadClassMethods(string baseName, Module module) =>
        JavaTypes.Base(baseName).EndsWith("Thread", StringComparison.Ordinal) ? ("start", "run") : null;

    private static readonly HashSet<string> StreamOperations = ["forEach", "map", "filter", "peek", "flatMap", "mapToInt", "mapToLong", "mapToObj", "anyMatch", "allMatch", "noneMatch"];

    /// <summary>An operation of a parallel stream (<c>names.parallelStream().forEach(…)</c>,
    /// <c>stream.parallel().map(…)</c>): the common fork-join pool runs its function on several elements at once.</summary>
    public bool SpawnsManyAtOnce(CallExpression call) =>
        call.Callee is MemberAccess { Member: var operation, Target: var stream } && StreamOperations.Contains(operation) && IsParallelStream(stream);

    private static bool IsParallelStream(IrExpression stream)
    {
        for (var node = stream; node is CallExpression { Callee: MemberAccess { Member: var step, Target: var inner } };)
        {
            if (step is "parallelStream" or "parallel") return true;
            if (!StreamOperations.Contains(step) && step is not ("sorted" or "distinct" or "limit" or "skip")) return false;
            node = inner;
        }
        return false;
    }

    /// <summary>A collection keeps what it is given; a listener or hook runs later; a future's continuation runs when
    /// the future completes, on whatever thread completes it.</summary>
    public bool KeepsCallables(CallExpression call) =>
        call.Callee is MemberAccess { Member: "add" or "put" or "offer" or "addListener" or "addShutdownHook" or "register" or "schedule"
            or "scheduleAtFixedRate" or "scheduleWithFixedDelay" or "thenApply" or "thenAccept" or "thenRun" or "thenCompose" or "whenComplete" or "handle" };

    /// <summary>A throw of anything but an exception that reports a bug in the program (<c>IllegalStateException</c>,
    /// <c>IllegalArgumentException</c>, …): a check that throws one asserts an invariant, it does not refuse a caller.</summary>
    public bool ReportsFailure(IrStatement exit) =>
        exit is RaiseStatement { Exception: var thrown } && !(thrown is CallExpression { Callee: NameExpression { Name: var type } } && ProgrammingErrors.Contains(type));

    private static readonly HashSet<string> ProgrammingErrors =
        ["IllegalStateException", "IllegalArgumentException", "AssertionError", "UnsupportedOperationException", "NullPointerException", "IndexOutOfBoundsException"];

    public IrExpression? CollectionAddedTo(CallExpression call) =>
        call is { Callee: MemberAccess { Member: "add", Target: var into }, Arguments: [_] } ? into : null;

    /// <summary>A scoped block with no target is a synchronized one: it holds the object it names. One with a target is a
    /// try-with-resources; it holds a lock when the resource was made by taking one (<c>try (AutoLock l = lock.lock())</c>,
    /// <c>try (Locker.Lock l = _locker.lock())</c>): the lock is the object whose lock() made it, released when the try ends.</summary>
    public IReadOnlyList<Effect> EffectsOfScope(WithItem item, IScope scope) => item.Target switch
    {
        null => [new Effect(EffectKind.Acquire, item, Lock: scope.Normalize(item.Context), Detail: "synchronized")],
        NameExpression { Name: var resource } when scope.ValueOf(resource, item.Target) is CallExpression
        {
            Callee: MemberAccess { Target: var owner, Member: "lock" or "lockInterruptibly" or "acquire" },
        } => [new Effect(EffectKind.Acquire, item, Lock: scope.Normalize(owner), Detail: "try-with-resources")],
        _ => [],
    };

    public IReadOnlyList<Effect> EffectsOfCall(CallExpression call, IScope scope)
    {
        switch (call.Callee)
        {
            case NameExpression { Name: var stream } when FileStreams.Contains(stream) && call.Arguments.Count > 0:
                return [new Effect(EffectKind.Write, call, Resource.PathOf(SamePath(call.Arguments[0].Value), scope), Detail: $"new {stream}")];
            case MemberAccess { Target: NameExpression { Name: "Files" }, Member: var operation } when call.Arguments.Count > 0:
                return FileEffects(call, call.Arguments[0].Value, operation, "Files." + operation, scope);
            // A class derived from a lock (Guava's cache segment extends ReentrantLock) locks itself with its inherited
            // lock() and unlock(), which the code calls without a qualifier.
            case NameExpression { Name: var own } when own is "lock" or "lockInterruptibly" or "tryLock" or "unlock" && IsLockItself(scope):
                return [new Effect(own == "unlock" ? EffectKind.Release : EffectKind.Acquire, call, Lock: JavaLowering.Receiver)];
            case MemberAccess { Target: var target, Member: var method }:
                return MethodEffects(call, target, method, scope);
            default:
                return [];
        }
    }

    private static bool IsLockItself(IScope scope) =>
        scope.Function.OwnerType is { } owner && scope.Package.TypeNamed(owner)?.Bases.Any(b => JavaTypes.IsLock(JavaTypes.Base(b))) == true;

    private IReadOnlyList<Effect> MethodEffects(CallExpression call, IrExpression target, string method, IScope scope)
    {
        // rw.readLock().lock() and rw.writeLock().lock() take the one read-write lock, shared or exclusive.
        var (lockTarget, mode) = target is CallExpression { Callee: MemberAccess { Target: var rw, Member: var side } } && side is "readLock" or "writeLock"
            ? (rw, side == "readLock" ? LockMode.Shared : LockMode.Exclusive)
            : (target, method.Contains("Read", StringComparison.Ordinal) ? LockMode.Shared : LockMode.Exclusive);
        if (JdbcCalls.Effects(call, target, method, scope) is { Count: > 0 } sql) return sql;
        var type = JavaTypes.Of(lockTarget, scope);
        if (JavaTypes.IsLock(type) || !ReferenceEquals(lockTarget, target))
        {
            if (method is "lock" or "lockInterruptibly" or "tryLock" or "readLock" or "writeLock" or "tryReadLock" or "tryWriteLock")
                return [new Effect(EffectKind.Acquire, call, Lock: scope.Normalize(lockTarget), Mode: mode)];
            if (method is "unlock" or "unlockRead" or "unlockWrite")
                return [new Effect(EffectKind.Release, call, Lock: scope.Normalize(lockTarget), Mode: mode)];
        }
        type = JavaTypes.Of(target, scope);
        if (JavaTypes.IsFile(type)) return FileEffects(call, target, method, "File." + method, scope);
        if (CacheClients.Effect(call, target, method, type, scope) is { } cached) return [cached];
        if (scope.ResourceOf(target) is not { Kind: ResourceKind.Field or ResourceKind.Element } state) return [];
        if (JavaTypes.IsAtomic(type))
        {
            var word = state with { Kind = ResourceKind.ConcurrentEntry };
            var detail = $"{type}.{method}";
            if (method is "get" or "getPlain" or "getAcquire" or "intValue" or "longValue") return [new Effect(EffectKind.Read, call, word, Detail: detail)];
            if (AtomicChecksAndActs.Contains(method)) return [new Effect(EffectKind.AtomicCheckAndAct, call, word, Detail: detail)];
            return [new Effect(EffectKind.Write, call, word, Detail: detail)];
        }
        if (!JavaTypes.IsCollection(type)) return [];
        var element = state with { Kind = JavaTypes.IsConcurrentCollection(type) ? ResourceKind.ConcurrentEntry : ResourceKind.Element };
        var what = $"{type}.{method}";
        // A concurrent map's remove(key, value) removes the entry only while the key still maps to that value.
        if (CollectionAtomics.Contains(method) || method == "remove" && call.Arguments.Count == 2 && element.Kind == ResourceKind.ConcurrentEntry)
            return [new Effect(EffectKind.AtomicCheckAndAct, call, element, Detail: what)];
        if (CollectionWrites.Contains(method))
            return [new Effect(EffectKind.Write, call, element, Detail: what, Removes: CollectionRemovals.Contains(method),
                Appends: method is "add" or "offer" or "addAll" && call.Arguments.Count == 1 && JavaTypes.AddsBehind(type),
                TakesOne: method is "poll" or "pop" && call.Arguments.Count == 0 || method == "remove" && call.Arguments.Count <= 1)];
        return CollectionReads.Contains(method) ? [new Effect(EffectKind.Read, call, element, Detail: what)] : [];
    }

    /// <summary>The file a conversion names: <c>f.toPath()</c> and <c>p.toFile()</c> are the path of f and p.</summary>
    private static IrExpression SamePath(IrExpression path) =>
        path is CallExpression { Callee: MemberAccess { Member: "toPath" or "toFile", Target: var file }, Arguments.Count: 0 } ? SamePath(file) : path;

    private static IReadOnlyList<Effect> FileEffects(CallExpression call, IrExpression path, string operation, string detail, IScope scope)
    {
        var resource = Resource.PathOf(SamePath(path), scope);
        if (FileChecks.Contains(operation)) return [new Effect(EffectKind.Read, call, resource, Detail: detail)];
        if (FileExclusiveCreates.Contains(operation)) return [new Effect(EffectKind.AtomicCheckAndAct, call, resource, Detail: detail)];
        return FileUses.Contains(operation) ? [new Effect(EffectKind.Write, call, resource, Detail: detail)] : [];
    }
}
