using System.Text.RegularExpressions;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Semantics.Redis;
using Analyzer.Core.Semantics.Posix;
using Analyzer.Core.Semantics.Sql;
using Analyzer.Frontends.Go.Lowering;

namespace Analyzer.Frontends.Go.Facts;

/// <summary>
/// What Go's standard library and conventions mean for races: sync.Mutex and RWMutex (on fields, locals and
/// embedded in the receiver), sync.Map's atomic operations, sync/atomic, os file checks and acts, database/sql
/// queries, Redis commands (redigo and go-redis), the builtin delete, and the *Locked naming convention.
/// </summary>
internal sealed partial class GoFacts : ILanguageFacts
{
    private static readonly HashSet<string> LockTypes = ["Mutex", "RWMutex", "Locker"];
    private static readonly HashSet<string> ConditionTypes = ["Cond"];
    private static readonly HashSet<string> FileChecks = ["Stat", "Lstat"];
    private static readonly HashSet<string> FileActs = ["Create", "Open", "Mkdir", "Remove", "RemoveAll", "Rename", "WriteFile", "Chmod", "Chown", "Symlink", "Link", "Truncate", "ReadFile", "ReadDir"];
    private static readonly HashSet<string> SyncMapAtomic = ["LoadOrStore", "LoadAndDelete", "CompareAndSwap", "CompareAndDelete", "Swap"];
    private static readonly HashSet<string> SqlCalls = ["Exec", "ExecContext", "Query", "QueryContext", "QueryRow", "QueryRowContext"];

    public bool HandlesLostPathRace(IrNode act) => PathRaceHandling.IsHandled(act);

    /// <summary><c>filepath.Clean(p)</c> is the shortest name of the file <c>p</c> names.</summary>
    public IrExpression SamePath(IrExpression path) =>
        path is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "filepath" }, Member: "Clean" }, Arguments: [{ Value: var inner }] } ? SamePath(inner) : path;

    public LostPathRace LostPathRaceOutcome(CallExpression act, IrExpression path) => PathRaceHandling.Outcome(act, path);

    public bool ListsDirectory(CallExpression call) => DirectoryListings.Lists(call);

    public bool FailsWhenPathMissing(IrNode act) => PathRaceHandling.FailsWhenMissing(act);

    public bool RemovesPath(IrNode act) => PathRaceHandling.IsRemoval(act);

    public bool SkipsOnFailure(IrNode act) => PathRaceHandling.SkipsOnFailure(act);

    public bool ReadRechecksPath(IrNode check, IrNode act) => PathRaceHandling.ReadRechecks(check, act);

    public bool OverwriteIgnoresPathCheck(IrNode check, IrNode act) => PathRaceHandling.OverwriteIgnoresCheck(check, act);

    public bool LostPathRaceFailsLikeRefusal(IrNode check, IrExpression condition, Block refusal, IrNode act) =>
        PathRaceHandling.FailsLikeRefusal(check, condition, refusal, act);

    public bool CreateKeepsWhatAppeared(IrNode check, IrExpression condition, bool actsWhenConditionHolds, IrNode act) =>
        PathRaceHandling.CreateKeepsWhatAppeared(check, condition, actsWhenConditionHolds, act);

    /// <summary><c>ctx</c>, a parameter declared <c>context.Context</c>, <c>context.Background()</c> and the like, or the
    /// context a request or handler hands out (<c>r.Context()</c>).</summary>
    public bool IsCallContext(IrExpression argument) =>
        argument is NameExpression { Name: "ctx" } || argument.SourceCode.StartsWith("context.", StringComparison.Ordinal)
        || argument is CallExpression { Callee: MemberAccess { Member: "Context" }, Arguments.Count: 0 }
        || argument is NameExpression { Name: var name } && argument.EnclosingFunction()?.Parameters.Any(p => p.Name == name && p.TypeText == "context.Context") == true;

    public bool IsConstructor(FunctionDecl function) => false;

    public string BaseTypeName(string typeText) => GoTypeNames.Base(typeText);

    /// <inheritdoc />
    public bool HoldsValue(FieldDecl field) => field.TypeText is { } type && GoTypeNames.IsBasic(type);

    public bool IsInterfaceLiteral(string typeText) => typeText.StartsWith("interface", StringComparison.Ordinal);

    public bool IsBlankName(string name) => name == "_";

    public bool MakesUniquePath(CallExpression call) =>
        call.Callee is MemberAccess { Target: NameExpression { Name: "os" }, Member: "MkdirTemp" } or MemberAccess { Target: NameExpression { Name: "ioutil" }, Member: "TempDir" };

    public IrExpression? JoinedDirectory(CallExpression call) =>
        call is { Callee: MemberAccess { Target: NameExpression { Name: "filepath" or "path" }, Member: "Join" }, Arguments: [var directory, ..] } ? directory.Value : null;

    public IrExpression? WrittenThrough(IrExpression argument) => argument is UnaryExpression { Operator: "&", Operand: var variable } ? variable : null;

    public bool MakesLockChannel(IrExpression value) =>
        value is CallExpression { Callee: NameExpression { Name: "make" }, Arguments: [var type, { Value: LiteralExpression { Value: "1" } }] }
        && type.Value.SourceCode.Replace(" ", string.Empty, StringComparison.Ordinal) == "chanstruct{}";

    public (IrExpression Word, IrExpression Value)? StoreThroughAddress(CallExpression call) =>
        call is { Callee: MemberAccess { Target: NameExpression { Name: "atomic" }, Member: var operation }, Arguments: [var word, var value] }
        && operation.StartsWith("Store", StringComparison.Ordinal) && WrittenThrough(word.Value) is { } stored
            ? (stored, value.Value)
            : null;

    /// <summary>An exported name, outside package main, which no other package can import.</summary>
    public bool IsVisibleOutsidePackage(FunctionDecl function) =>
        function.Name.Length > 0 && char.IsUpper(function.Name[0]) && function.Module.PackageName != "main";

    /// <summary><c>panic</c> unwinds; <c>os.Exit</c> and <c>runtime.Goexit</c> end the program or the goroutine; the
    /// loggers' <c>Fatal</c> and <c>Panic</c> families (log, klog, logrus, zap) exit or panic after logging, and a
    /// test's <c>Fatal</c>, <c>FailNow</c> and <c>Skip</c> families end the test's goroutine.</summary>
    public bool NeverReturns(CallExpression call) => call.Callee switch
    {
        NameExpression { Name: "panic" } => true,
        MemberAccess { Target: NameExpression { Name: "os" }, Member: "Exit" } => true,
        MemberAccess { Target: NameExpression { Name: "runtime" }, Member: "Goexit" } => true,
        MemberAccess { Member: "Fatal" or "Fatalf" or "Fatalln" or "Panic" or "Panicf" or "Panicln" or "FailNow" or "SkipNow" or "Skip" or "Skipf" } => true,
        _ => false,
    };

    /// <summary><c>append</c> stores its values; <c>time.AfterFunc</c> and <c>context.AfterFunc</c> run the function
    /// later on a goroutine of their own, <c>http.HandleFunc</c> and <c>Handle</c> on every request, <c>t.Cleanup</c>
    /// and <c>runtime.SetFinalizer</c> at the end, and <c>sync.OnceFunc</c> and its kin return it wrapped.</summary>
    public bool KeepsCallables(CallExpression call) => call.Callee switch
    {
        NameExpression { Name: "append" } => true,
        MemberAccess { Member: "AfterFunc" or "HandleFunc" or "Handle" or "Cleanup" or "SetFinalizer" or "OnceFunc" or "OnceValue" or "OnceValues" } => true,
        _ => false,
    };

    /// <summary>A return whose last value is an error: a variable named for one (<c>ErrAlreadyExists</c>, <c>err</c>) or
    /// one made there (<c>errors.New(…)</c>, <c>fmt.Errorf(…)</c>, <c>status.Error(…)</c>).</summary>
    public bool ReportsFailure(IrStatement exit) => exit is ReturnStatement { Values: [.., var last] } && IsErrorValue(last);

    /// <summary>A return whose last value is an error made there (<c>errors.New(…)</c>, <c>fmt.Errorf(…)</c>) from
    /// nothing named for an error and with no <c>%w</c> wrapping one.</summary>
    public bool ReportsOwnRefusal(ReturnStatement exit) => exit is { Values: [.., var last] } && MakesRefusal(last);

    /// <summary>An error made from nothing named for an error and with no <c>%w</c> wrapping one (<c>errors.New(…)</c>,
    /// <c>fmt.Errorf("%d over %d", n, max)</c>), there or as a top-level variable's value (<c>var errBusy =
    /// errors.New("busy")</c>).</summary>
    public bool MakesRefusal(IrExpression value) =>
        value is CallExpression made && IsErrorValue(made)
        && !made.Arguments.SelectMany(a => a.Value.DescendantsAndSelf()).Any(n =>
            n is NameExpression { Name: var name } && name.StartsWith("err", StringComparison.OrdinalIgnoreCase)
            || n is LiteralExpression { LiteralKind: LiteralKind.String, Value: var format } && format.Contains("%w", StringComparison.Ordinal));

    private static bool IsErrorValue(IrExpression value) => value switch
    {
        NameExpression { Name: var name } => name.StartsWith("err", StringComparison.OrdinalIgnoreCase),
        MemberAccess { Member: var name } => name.StartsWith("Err", StringComparison.Ordinal),
        CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "errors" }, Member: "New" } } => true,
        CallExpression made => PackageModel.CalleeName(made) is { } name && (name.EndsWith("Errorf", StringComparison.Ordinal) || name.EndsWith("Error", StringComparison.Ordinal)),
        _ => false,
    };

    /// <summary>The error the act hands back, bound to a variable (<c>_, err := s.Create(…)</c>, <c>if err := s.Add(k);
    /// err != nil</c>) that the function returns, bare or wrapped, and tests for nothing but nil; or the act returned as
    /// it is (<c>return s.Create(…)</c>).</summary>
    public bool PassesOnFailure(CallExpression act, FunctionDecl function)
    {
        if (act.Parent is ReturnStatement) return true;
        if (act.Parent is not Assignment { Targets: [.., NameExpression { Name: var error }] } bound || function.Body is not { } body || IsBlankName(error)) return false;
        var uses = body.DescendantsAndSelf().OfType<NameExpression>()
            .Where(n => n.Name == error && n.Span.StartOffset > bound.Span.EndOffset && !bound.Targets.Contains(n)).ToList();
        return !uses.Any(TellsWhich) && uses.Any(use => use.Ancestors().TakeWhile(a => !ReferenceEquals(a, function)).OfType<ReturnStatement>().Any());
    }

    // A test of which error it is: an Is… call (errors.Is, os.IsExist, apierrors.IsAlreadyExists), a comparison with
    // anything but nil, or an if that reads the error apart and compares a part of it (`if st, ok :=
    // status.FromError(err); ok && st.Code() == codes.AlreadyExists`).
    private static bool TellsWhich(NameExpression use) =>
        use.Parent is Argument { Parent: CallExpression test } && PackageModel.CalleeName(test) is { } name && name.StartsWith("Is", StringComparison.Ordinal)
        || use.Parent is BinaryExpression { Operator: "==" or "!=" } comparison && ComparesWithValue(comparison)
        || use.Ancestors().OfType<IfStatement>().FirstOrDefault() is { Init: { } init } examined && init.Span.Contains(use.Span)
        && examined.Condition.DescendantsAndSelf().OfType<BinaryExpression>().Any(c => c.Operator is "==" or "!=" && ComparesWithValue(c));

    private static bool ComparesWithValue(BinaryExpression comparison) => comparison.Left is not LiteralExpression && comparison.Right is not LiteralExpression;

    public IrExpression? CollectionAddedTo(CallExpression call) =>
        call is { Callee: NameExpression { Name: "append" }, Arguments: [var into, _, ..] } ? into.Value : null;

    /// <summary>A group's <c>Go(f)</c> (<c>errgroup.Group</c>, <c>sync.WaitGroup</c> since Go 1.25, and the worker pools
    /// shaped like them) runs f on a goroutine of its own, as <c>time.AfterFunc(d, f)</c> does when the time is up.</summary>
    public IrExpression? SpawnedCallable(CallExpression call) => call switch
    {
        { Callee: MemberAccess { Member: "Go" }, Arguments: [var only] } => only.Value,
        { Callee: MemberAccess { Member: "AfterFunc", Target: NameExpression { Name: "time" } }, Arguments: [_, var later] } => later.Value,
        { Callee: MemberAccess { Member: "Run" }, Arguments: [_, { Value: FunctionLiteral subtest }] } when MarksParallel(subtest) => subtest,
        _ => null,
    };

    /// <summary>A subtest that calls <c>t.Parallel()</c> on its own <c>t</c> (<c>t.Run(name, func(t *testing.T) {
    /// t.Parallel(); … })</c>): it runs beside the other parallel subtests of its parent, so subtests started in a loop
    /// run side by side.</summary>
    private static bool MarksParallel(FunctionLiteral subtest) =>
        subtest.Parameters is [{ Name: var t }] && subtest.Body.Statements.Any(s =>
            s is ExpressionStatement { Expression: CallExpression { Callee: MemberAccess { Member: "Parallel", Target: NameExpression { Name: var on } }, Arguments.Count: 0 } } && on == t);

    public bool RunsArgumentOnce(CallExpression call, IScope scope) =>
        call is { Callee: MemberAccess { Member: "Do", Target: var once }, Arguments.Count: 1 }
        && scope.FieldOf(once) is { } field
        && (field.TypeText is { } type ? IsSyncType(type, OnceTypes, field) : field.Initializer is { } made && MakesSyncValue(made, OnceTypes));

    private static readonly string[] OnceTypes = ["Once"];

    /// <summary><c>g.Do(key, fn)</c> and <c>g.DoChan(key, fn)</c> on a <c>singleflight.Group</c>: callers with one key
    /// share one run of fn, so no two runs for a key overlap.</summary>
    public string? LockHeldForCallbacks(CallExpression call, IScope scope) =>
        call is { Callee: MemberAccess { Member: "Do" or "DoChan", Target: var group }, Arguments.Count: 2 }
        && scope.FieldOf(group) is { TypeText: { } type } && type.TrimStart('*') == "singleflight.Group"
            ? scope.Normalize(group)
            : null;

    /// <summary><c>reflect.DeepEqual(a, b)</c>, <c>bytes.Equal(a, b)</c>, and the method form <c>a.Equal(b)</c>.</summary>
    public (IrExpression Left, IrExpression Right)? EqualityCall(CallExpression call) => call switch
    {
        { Callee: MemberAccess { Member: "DeepEqual" or "Equal" }, Arguments: [var left, var right] } => (left.Value, right.Value),
        { Callee: MemberAccess { Member: "Equal", Target: var left }, Arguments: [var right] } => (left, right.Value),
        _ => null,
    };

    /// <summary>The comma-ok form: the second of two targets given one map index or <c>Load</c> call.</summary>
    public bool BindsPresence(Assignment assignment, int index) =>
        index == 1 && assignment is { Targets.Count: 2, Values: [IndexExpression or CallExpression { Callee: MemberAccess { Member: "Load" } }] };

    public IrExpression? LengthOperand(CallExpression call) =>
        call is { Callee: NameExpression { Name: "len" }, Arguments: [var measured] } ? measured.Value : null;

    /// <summary>net/http serves each request on its own goroutine: a ServeHTTP method, or a function shaped like
    /// http.HandlerFunc (or a gin or echo handler), runs once per request, at the same time as other requests. So does
    /// a gRPC server's method, shaped as protoc generates it: exported, taking a context and a pointer to a message
    /// whose type is named …Request and answering a pointer to the reply message and an error, or, for a streaming call,
    /// ending with the stream (<c>pb.Service_MethodServer</c>).</summary>
    public bool ServesRequests(FunctionDecl function) =>
        function.Name == "ServeHTTP" && function.OwnerType is not null || HandlerShaped(function.Parameters) || RpcShaped(function);

    /// <summary>Methods of interfaces whose documentation requires them to be safe for concurrent use:
    /// <list type="bullet">
    /// <item>net/http: "A RoundTripper must be safe for concurrent use by multiple goroutines"; a client calls its
    /// RoundTrip for every request it sends;</item>
    /// <item>Prometheus's client library: a Collector's Collect "may be called concurrently", once per scrape;</item>
    /// <item>log/slog: "Any of the Handler's methods may be called concurrently with itself or with other methods";</item>
    /// <item>context: "Context's methods may be called by multiple goroutines simultaneously"; whoever waits for the
    /// context to end calls its Done;</item>
    /// <item>net/http: "Implementations of CookieJar must be safe for concurrent use by multiple goroutines";</item>
    /// <item>a gRPC client interceptor (it takes the <c>grpc.UnaryInvoker</c> or <c>grpc.Streamer</c> it wraps), which
    /// the client runs around every call, from whatever goroutines make them.</item>
    /// </list></summary>
    public string? ConcurrentContract(FunctionDecl function) => function switch
    {
        _ when function.Parameters.Any(p => p.TypeText is "grpc.UnaryInvoker" or "grpc.Streamer") => "every call a gRPC client makes",
        { OwnerType: null } => null,
        { Name: "SetCookies" or "Cookies", Parameters: [{ TypeText: "*url.URL" }, ..] } => "every request an HTTP client with this cookie jar sends",
        { Name: "RoundTrip", Parameters: [{ TypeText: "*http.Request" }] } => "every request an HTTP client sends",
        { Name: "Collect", Parameters: [{ TypeText: "chan<- prometheus.Metric" }] } => "every scrape of a Prometheus registry",
        { Name: "Handle", Parameters: [{ TypeText: "context.Context" }, { TypeText: "slog.Record" }] } => "every record a slog.Logger logs",
        { Name: "Done", Parameters: [] } when ReturnsDoneChannel(function) => "every goroutine that waits for the context to end",
        _ => null,
    };

    private static bool ReturnsDoneChannel(FunctionDecl function) =>
        function.Module.Text.Slice(function.Signature).Replace(" ", string.Empty, StringComparison.Ordinal).Contains("Done()<-chanstruct{}", StringComparison.Ordinal);

    private static bool RpcShaped(FunctionDecl function) =>
        function is { OwnerType: not null } && char.IsUpper(function.Name[0])
        && (function.Parameters is [{ TypeText: "context.Context" }, { TypeText: { } message }] && message.StartsWith('*') && message.EndsWith("Request", StringComparison.Ordinal)
               && AnswersReply(function)
            || function.Parameters is [.., { TypeText: { } stream }] && IsGeneratedStream(stream, function.Name));

    /// <summary>The results are a pointer to a message and an error, as protoc generates a unary call's
    /// (<c>(*pb.CreateResponse, error)</c>), not an interface value an ordinary method hands out per request.</summary>
    private static bool AnswersReply(FunctionDecl function) =>
        ReplyResults().IsMatch(function.Module.Text.Slice(function.Signature).Replace(" ", string.Empty, StringComparison.Ordinal));

    [GeneratedRegex(@"\)\(\*[\w.]+,error\)\s*$")]
    private static partial Regex ReplyResults();

    /// <summary>The server side of a streaming call as protoc generates it: <c>pb.Service_MethodServer</c>.</summary>
    private static bool IsGeneratedStream(string typeText, string method) =>
        typeText.EndsWith("_" + method + "Server", StringComparison.Ordinal);

    /// <summary>A function literal shaped like a handler (<c>http.HandleFunc("/", func(w http.ResponseWriter, r
    /// *http.Request) { … })</c>) is one too.</summary>
    public bool ServesRequests(FunctionLiteral literal) => HandlerShaped(literal.Parameters);

    /// <summary>Also a gRPC server interceptor, which the server runs around every call (it takes the call's
    /// <c>*grpc.UnaryServerInfo</c> or <c>*grpc.StreamServerInfo</c>).</summary>
    private static bool HandlerShaped(IReadOnlyList<Parameter> parameters) =>
        parameters.Any(p => p.TypeText is "*http.Request") && parameters.Any(p => p.TypeText is "http.ResponseWriter")
        || parameters.Any(p => p.TypeText is "*gin.Context" or "echo.Context" or "*grpc.UnaryServerInfo" or "*grpc.StreamServerInfo");

    /// <inheritdoc />
    public bool? BooleanValue(LiteralExpression literal) => literal is { LiteralKind: LiteralKind.Boolean, Value: var value } ? value == "true" : null;

    /// <inheritdoc />
    public string? CreatedType(IrExpression value) => value switch
    {
        UnaryExpression { Operator: "&", Operand: var operand } => CreatedType(operand),
        CollectionExpression { TypeText: { } type } => GoTypeNames.Base(type),
        CallExpression { Callee: NameExpression { Name: "new" }, Arguments: [var type] } => GoTypeNames.Base(type.Value.SourceCode),
        _ => null,
    };

    /// <inheritdoc />
    public string? ElementType(string typeText) => GoTypeNames.Element(typeText) is { } item && !GoTypeNames.IsOfOtherPackage(item) ? item : null;

    /// <inheritdoc />
    public string? ResultType(FunctionDecl function) =>
        GoTypeNames.FirstResult(function.Module.Text.Slice(function.Signature)) is { } result && !GoTypeNames.IsOfOtherPackage(result) ? result : null;

    /// <inheritdoc />
    public string? AssertedType(IrExpression value)
    {
        if (value is not OtherExpression { Description: GoLowering.TypeAssertion, Items: [IrExpression operand] }) return null;
        // What follows the operand: .(T)
        var asserted = value.SourceCode[(operand.Span.EndOffset - value.Span.StartOffset)..].Trim().TrimStart('.').Trim();
        if (!asserted.StartsWith('(') || !asserted.EndsWith(')')) return null;
        var type = asserted[1..^1].Trim();
        return type is "" or "type" ? null : type;
    }

    // The entry of shared state a channel closed by name was, when the function put it there or found it there before
    // the close: it stored it in a map of the state (m[id] = ch, with m the state's or one taken from it, and the close
    // in the unsubscribe function it returns), deleted it from a map as its key (delete(p.subscribers, sub);
    // close(sub)), or compared it with an item taken from the state (for i, c := range list { if c == ch { … } }).
    private static Resource? EntryClosed(CallExpression close, IScope scope)
    {
        if (close.Arguments[0].Value is not NameExpression { Name: var name } || scope.Function.Body is not { } body) return null;
        var before = body.DescendantsAndSelf().Where(n => n.Span.EndOffset <= close.Span.StartOffset).ToList();
        var found = before.OfType<Assignment>()
            .Where(a => a is { Targets: [IndexExpression], Values: [NameExpression { Name: var stored }] } && stored == name)
            .Select(a => MapOfState(((IndexExpression)a.Targets[0]).Target, body, scope))
            .Concat(before.OfType<CallExpression>()
                .Where(d => d is { Callee: NameExpression { Name: "delete" }, Arguments: [_, { Value: NameExpression { Name: var key } }] } && key == name)
                .Select(d => scope.ResourceOf(d.Arguments[0].Value)))
            .Concat(before.OfType<BinaryExpression>().Where(b => b.Operator == "==").Select(b =>
                b.Left is NameExpression { Name: var left } && left == name ? scope.ResourceOfOrTakenFrom(b.Right, throughCopies: true)
                : b.Right is NameExpression { Name: var right } && right == name ? scope.ResourceOfOrTakenFrom(b.Left, throughCopies: true)
                : null))
            .LastOrDefault(r => r is not null);
        return found is null ? null : found with { Kind = ResourceKind.Element };
    }

    // A map that is shared state, or a local some assignment of the function gives a map of the state (m, ok :=
    // s.subs[id]), whichever branch made it.
    private static Resource? MapOfState(IrExpression map, Block body, IScope scope) =>
        scope.ResourceOf(map) ?? (map is NameExpression { Name: var local }
            ? body.DescendantsAndSelf().OfType<Assignment>()
                .Where(a => a.Targets.Count > 0 && a.Targets[0] is NameExpression { Name: var target } && target == local && a.Values.Count > 0)
                .Select(a => scope.ResourceOf(a.Values[0])).FirstOrDefault(r => r is not null)
            : null);

    // The entry delete(m, k) removes, spelled as an index of the map (m[k]) like the reads and writes of that entry.
    private static string EntryDisplay(Resource map, CallExpression delete) =>
        delete.Arguments is [var container, var key] ? $"{container.Value.SourceCode}[{key.Value.SourceCode}]" : map.Display;

    public IReadOnlyList<Effect> EffectsOfCall(CallExpression call, IScope scope)
    {
        if (HandedUnlocks.Of(call, scope) is { } handed) return [handed];
        switch (call.Callee)
        {
            // Closing a channel changes the state a receive reads (and closing it twice panics), also one a local took from
            // shared state (ch, ok := s.subs[id]; close(ch)), or an item of a copy of it (for _, ch := range subs), or that
            // such an item holds (close(sub.ch)), as a send on it does, and one the function found there first (EntryClosed).
            case NameExpression { Name: "close" } when call.Arguments.Count == 1
                                                      && (scope.ResourceOfOrTakenFrom(call.Arguments[0].Value, throughCopies: true, ofItem: true) ?? EntryClosed(call, scope)) is { } channel:
                return [new Effect(EffectKind.Write, call, channel, Detail: "close", FailsTwice: true)];
            case NameExpression { Name: "delete" } when call.Arguments.Count > 0 && scope.ResourceOf(call.Arguments[0].Value) is { } map:
                return [new Effect(EffectKind.Write, call, map with { Kind = ResourceKind.Element, Display = EntryDisplay(map, call) }, Detail: "delete", Removes: true, MissingIsNoOp: true)];
            case MemberAccess { Target: NameExpression { Name: "os" or "ioutil" }, Member: var fileCall }:
                return FileEffects(call, fileCall, scope);
            case MemberAccess when DirectoryListings.Entries(call, scope) is { } listed:
                return [listed];
            case MemberAccess { Target: NameExpression { Name: "atomic" }, Member: var atomicCall }
                when call.Arguments.Count > 0 && scope.ResourceOf(Unaddress(call.Arguments[0].Value)) is { } word:
                return [AtomicEffect(call, atomicCall, word, "atomic." + atomicCall)];
            case MemberAccess { Target: var fileSystem, Member: var fileCall } when FileSystemValues.PathArgument(call, fileSystem, fileCall, scope, IsFileCall) is { } before:
                return FileEffects(call, fileCall, scope, before);
            case MemberAccess { Target: var target, Member: var method }:
                return MethodEffects(call, target, method, scope);
            default:
                return [];
        }
    }

    public IReadOnlyList<Effect> EffectsOfScope(WithItem item, IScope scope) => [];

    public GlobalScoping Globals { get; } = new(PackageWide: true, AssignmentDeclaresLocal: false, GlobalStatement: null);

    public bool InterfacesAreImplicit => true;

    /// <summary><c>ch &lt;- v</c>; as a case of a select it waits for room or gives way to another case, in one step.</summary>
    public (IrExpression Channel, bool OneStep)? Send(BinaryExpression expression) =>
        expression.Operator == "<-" ? (expression.Left, IsSelectCase(expression)) : null;

    /// <summary><c>&lt;-ch</c>; as a case of a select (<c>case v := &lt;-ch:</c>) it waits for a value or gives way to
    /// another case, in one step.</summary>
    public (IrExpression Channel, bool OneStep)? Receive(UnaryExpression expression) =>
        expression.Operator == "<-" ? (expression.Operand, IsSelectCase(expression)) : null;

    // The communication of a select case is its label: the statement the operation is, or the assignment it gives a value.
    private static bool IsSelectCase(IrExpression operation) =>
        (operation.Parent is Assignment assignment ? assignment : operation.Parent) is { Parent: SwitchCase { Parent: SwitchStatement { SwitchKind: SwitchKind.Select } } };

    /// <summary>A field or package-level variable declared as a sync.Mutex/RWMutex, or, without a declared type, made
    /// by a mutex's constructor or literal (<c>var mu = sync.NewMutex()</c>, <c>&amp;sync.Mutex{}</c>).</summary>
    public bool IsLockField(FieldDecl field) =>
        field.TypeText is { } type ? IsSyncType(type, LockTypes, field) : field.Initializer is { } value && IsLockValue(value);

    /// <summary><c>&amp;sync.Mutex{}</c>, <c>sync.RWMutex{}</c> or <c>new(sync.Mutex)</c>.</summary>
    public bool MakesLock(IrExpression value) => MakesSyncValue(value, LockTypes);

    /// <summary>A new value of one of the sync package's <paramref name="names"/>: its literal (<c>&amp;sync.Once{}</c>) or
    /// <c>new(sync.Once)</c>.</summary>
    private static bool MakesSyncValue(IrExpression value, IReadOnlyCollection<string> names) =>
        IsSyncType(value.SourceCode.TrimStart('&'), names, value)
        || value is CallExpression { Callee: NameExpression { Name: "new" }, Arguments: [var type] } && IsSyncType(type.Value.SourceCode, names, value);

    private bool IsLockValue(IrExpression value) => MakesLock(value) || value.SourceCode.Contains("Mutex", StringComparison.Ordinal);

    /// <summary>Go code spells the convention <c>fooLocked</c> and, less often, <c>foo_locked</c>.</summary>
    public bool NameImpliesCallerHoldsLock(string functionName) =>
        functionName.Length > "Locked".Length
        && (functionName.EndsWith("Locked", StringComparison.Ordinal) || functionName.EndsWith("_locked", StringComparison.Ordinal));

    public bool CatchesStoreFailure(ExceptHandler handler) => false;


    /// <summary>A Redis command: redigo's <c>conn.Do("SETNX", key, v)</c>, whose first argument names it, or a method
    /// of a go-redis client (a field or variable whose type is from a redis package) named after it,
    /// <c>rdb.SetNX(ctx, key, v, ttl)</c>.</summary>
    private Effect? RedisEffect(CallExpression call, IrExpression target, string method, string? fieldType, IScope scope)
    {
        string command;
        List<IrExpression> arguments;
        if (method == "Do" && call.Arguments is [{ Value: LiteralExpression { LiteralKind: LiteralKind.String, Value: var named } }, ..])
        {
            command = named;
            arguments = call.Arguments.Skip(1).Select(a => a.Value).ToList();
        }
        else if (fieldType is { } type && type.Contains("redis.", StringComparison.Ordinal))
        {
            command = method;
            arguments = call.Arguments.Select(a => a.Value).Where(a => !IsCallContext(a)).ToList();
        }
        else return null;
        var nx = arguments.Any(a => a is LiteralExpression { LiteralKind: LiteralKind.String, Value: var option } && option.Equals("NX", StringComparison.OrdinalIgnoreCase));
        var keyCount = RedisCommands.KeyArguments(command);
        if (arguments.Count < keyCount) return null;
        return RedisCommands.EffectOf(command, nx, call, RedisCommands.Entry(target, arguments.Take(keyCount).ToList(), scope), command.ToUpperInvariant());
    }

    /// <summary>The type of a client a variable holds where no field declares it: a parameter's declared type
    /// (<c>rdb *redis.Client</c>), the type of the field a getter of the type gave a local (<c>c := s.client()</c>), or
    /// the package whose constructor made it, for a local (<c>rdb := redis.NewClient(opts)</c> gives <c>redis.</c>) or a
    /// top-level variable (<c>var rdb = redis.NewClient(opts)</c>) alike.</summary>
    private static string? ClientType(IrExpression target, IScope scope)
    {
        if (scope.FieldOf(target) is { Initializer: { } initializer }) return ConstructorPackage(initializer);
        if (target is not NameExpression { Name: var name }) return null;
        if (scope.Function.Parameters.FirstOrDefault(p => p.Name == name) is { TypeText: { } declared }) return declared;
        var value = scope.ValueOf(name, target);
        return scope.Package.FieldGivenBy(scope, value)?.TypeText ?? ConstructorPackage(value);
    }

    private static string? ConstructorPackage(IrExpression? value) =>
        value is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: var package } } } ? package + "." : null;

    private IReadOnlyList<Effect> MethodEffects(CallExpression call, IrExpression target, string method, IScope scope)
    {
        if (method == "Flock" && target is NameExpression { Name: "syscall" or "unix" } && FileLockCalls.Effect(call, scope) is { } fileLock) return [fileLock];
        switch (method)
        {
            case "Lock" or "RLock" or "TryLock" or "TryRLock" when LockIdentity(target, scope) is { } locked:
                return [new Effect(EffectKind.Acquire, call, Lock: locked, Mode: method.Contains('R', StringComparison.Ordinal) && method != "TryLock" ? LockMode.Shared : LockMode.Exclusive)];
            case "Unlock" or "RUnlock" when LockIdentity(target, scope) is { } unlocked:
                return [new Effect(EffectKind.Release, call, Lock: unlocked, Mode: method == "RUnlock" ? LockMode.Shared : LockMode.Exclusive)];
        }
        // The type a field, or a parameter or local the function's copies share (go remember(&seen, k), a counter a
        // started literal captures), is declared with.
        IrNode? declaration = scope.FieldOf(target);
        var fieldType = (declaration as FieldDecl)?.TypeText;
        if (declaration is null && target is NameExpression && scope.DeclaredTypeText(target) is { } declared)
            (declaration, fieldType) = (target, declared);
        if (fieldType is { } type && IsSyncType(type, ["Map"], declaration!) && scope.ResourceOf(target) is { } map)
        {
            var element = map with { Kind = ResourceKind.ConcurrentEntry };
            if (SyncMapAtomic.Contains(method)) return [new Effect(EffectKind.AtomicCheckAndAct, call, element, Detail: "sync.Map." + method)];
            if (method is "Load" or "Range") return [new Effect(EffectKind.Read, call, element, Detail: "sync.Map." + method)];
            if (method is "Store" or "Delete") return [new Effect(EffectKind.Write, call, element, Detail: "sync.Map." + method, Removes: method == "Delete", MissingIsNoOp: method == "Delete")];
        }
        if (fieldType is { } groupType && IsSyncType(groupType, ["WaitGroup"], declaration!) && scope.ResourceOf(target) is { } group)
        {
            if (method == "Add") return [new Effect(EffectKind.Write, call, group, Detail: $"{target.SourceCode}.Add", Relative: true, JoinsGroup: true)];
            if (method == "Wait") return [new Effect(EffectKind.Read, call, group, Detail: $"{target.SourceCode}.Wait", AwaitsGroup: true)];
        }
        if (fieldType is { } wordType && IsLibraryType(wordType, "atomic", AtomicWords, declaration!) && scope.ResourceOf(target) is { } typedWord)
            return [AtomicEffect(call, method, typedWord, $"{target.SourceCode}.{method}")];
        if (RedisEffect(call, target, method, fieldType ?? ClientType(target, scope), scope) is { } redis) return [redis];
        if (OrmCalls.Effects(call, target, method, scope) is { } orm) return orm;
        if (SqlCalls.Contains(method) && SqlText(call, scope) is { } sql && SqlEffects(call, sql) is { Count: > 0 } query) return query;
        // database/sql's db.Begin() / db.BeginTx(ctx, opts) hand back the transaction (tx, err := …) the statements after run in.
        if (method is "Begin" or "BeginTx" && call.Parent is Assignment { Targets: [_, _] })
            return [new Effect(EffectKind.TransactionBegin, call, Detail: method)];
        return [];
    }

    /// <summary>What the statement <paramref name="sql"/> that <paramref name="call"/> runs does: takes or lets go of the
    /// database's lock (<see cref="DatabaseLockStatement"/>), or reads or writes its table.</summary>
    private static IReadOnlyList<Effect> SqlEffects(CallExpression call, string sql)
    {
        if (DatabaseLockStatement.Of(sql) is { } lockStep) return [new Effect(lockStep, call, Lock: DatabaseLockStatement.LockName, Detail: sql.Trim())];
        if (SqlStatement.Parse(sql, Placeholders.None()) is not { Table: { } table } statement) return [];
        var resource = new Resource(ResourceKind.SqlTable, "sql:" + table, table);
        var kind = statement.Verb == SqlVerb.Select
            ? statement.LocksRows ? EffectKind.AtomicCheckAndAct : EffectKind.Read
            : statement.IsUpsert ? EffectKind.AtomicCheckAndAct : EffectKind.Write;
        var effect = new Effect(kind, call, resource, Detail: statement.Verb.ToString().ToUpperInvariant(), LocksRows: statement.Verb == SqlVerb.Select && statement.LocksRows);
        // The result of an UPDATE says how many rows it matched: a test of it (RowsAffected() == 0) is a check.
        return statement.Verb == SqlVerb.Update && kind == EffectKind.Write ? [effect, new Effect(EffectKind.Read, call, resource, Detail: "UPDATE")] : [effect];
    }

    private static bool IsFileCall(string function) => FileChecks.Contains(function) || FileActs.Contains(function) || function is "MkdirAll" or "OpenFile";

    // The arguments from the path on: os's functions take it first, io/fs's after the file system.
    private static IReadOnlyList<Effect> FileEffects(CallExpression call, string function, IScope scope, int before = 0)
    {
        var arguments = call.Arguments.Skip(before).ToList();
        if (arguments.Count == 0) return [];
        var path = arguments[0].Value;
        var resource = Resource.PathOf(path, scope);
        var detail = call.Callee.SourceCode;
        if (FileChecks.Contains(function)) return [new Effect(EffectKind.Read, call, resource, Detail: detail)];
        if (function == "MkdirAll") return [new Effect(EffectKind.AtomicCheckAndAct, call, resource, Detail: detail)];
        if (function == "OpenFile")
        {
            var exclusive = arguments.Count > 1 && arguments[1].Value.SourceCode.Contains("O_EXCL", StringComparison.Ordinal);
            return [new Effect(exclusive ? EffectKind.AtomicCheckAndAct : EffectKind.Write, call, resource, Detail: detail)];
        }
        if (!FileActs.Contains(function)) return [];
        // Symlink(oldname, newname) makes newname; oldname is only the text the link holds, never looked up.
        if (function == "Symlink")
            return arguments.Count > 1 ? [new Effect(EffectKind.Write, call, Resource.PathOf(arguments[1].Value, scope), Detail: detail)] : [];
        var effects = new List<Effect> { new(EffectKind.Write, call, resource, Detail: detail) };
        if (function is "Rename" or "Link" && arguments.Count > 1)
            effects.Add(new Effect(EffectKind.Write, call, Resource.PathOf(arguments[1].Value, scope), Detail: detail));
        if (DirectoryListings.Entries(call, scope) is { } listed) effects.Add(listed);
        return effects;
    }

    /// <summary>The identity of the lock <paramref name="target"/> names (<see cref="LockNamed"/>), or of one a call looked
    /// up and a local holds (<c>mu := c.lockFor(key)</c>, a per-key lock), named for a lock or locked and unlocked by the
    /// function (<c>l := s.uploads.forPath(p); l.Lock(); defer l.Unlock()</c>, a sync.Locker by Go's convention): that
    /// call's lock (<see cref="LockNames.ReturnedBy"/>). Null when the target is no lock.</summary>
    private string? LockIdentity(IrExpression target, IScope scope) =>
        LockNamed(target, scope) is { } named ? scope.Normalize(named)
        : target is NameExpression { Name: var name } && (LockNames.LooksLikeLock(name) || UnlocksToo(name, scope))
          && scope.ValueOf(name, target) is CallExpression { Callee: MemberAccess or NameExpression } made
            ? LockNames.ReturnedBy(scope.Normalize(made.Callee))
            : null;

    private static bool UnlocksToo(string local, IScope scope) =>
        scope.Function.Body?.DescendantsAndSelf().OfType<CallExpression>()
            .Any(c => c is { Callee: MemberAccess { Target: NameExpression { Name: var target }, Member: "Unlock" or "RUnlock" }, Arguments.Count: 0 } && target == local) == true;

    /// <summary>The lock <paramref name="target"/> names: the field a local points at (<c>mu := &amp;s.mu</c>, or
    /// <c>mu := s.mu</c> for a field that holds a pointer to one), so its holds are the field's, or the target itself;
    /// null when neither is a lock.</summary>
    private IrExpression? LockNamed(IrExpression target, IScope scope) =>
        target is NameExpression { Name: var name } && scope.ValueOf(name, target) is { } value
        && (value is UnaryExpression { Operator: "&", Operand: MemberAccess addressed } ? addressed
            : value is MemberAccess held && scope.FieldOf(held)?.TypeText?.StartsWith('*') == true ? held : null) is { } field
        && IsLockExpression(field, scope)
            ? field
            : IsLockExpression(target, scope) ? target : null;

    /// <summary>A mutex: a field, parameter or local of type sync.Mutex/RWMutex or of a struct type that embeds one
    /// (named or not; a top-level variable's made by its initializer, <c>var registry = &amp;modelCache{}</c>), or of another package's type, whose <c>Lock</c> and <c>Unlock</c> Go's convention makes a
    /// <c>sync.Locker</c>'s (<see cref="GoTypeNames.IsOfOtherPackage"/>), the receiver itself when it embeds
    /// one, a local made from one, a condition variable's <c>L</c> (the Locker it was made with), or — for receivers
    /// whose type the model cannot see — a name that reads as a lock.</summary>
    private bool IsLockExpression(IrExpression target, IScope scope)
    {
        if (target is MemberAccess { Member: "L", Target: var condition } && IsCondition(condition, scope)) return true;
        if (scope.IsReceiver(target))
            return scope.Package.TypeNamed(scope.Function.OwnerType ?? string.Empty)?.Fields.Any(f => f.IsEmbedded && IsLockField(f)) == true;
        if (scope.FieldOf(target) is { } field)
            return IsLockField(field) || field.TypeText is { } type && (EmbedsLock(type, scope) || EmbedsLockInline(type, field) || GoTypeNames.IsOfOtherPackage(type))
                   || field.TypeText is null && scope.ObjectTypeOf(target) is { } made && EmbedsLock(made, scope);
        if (target is NameExpression { Name: var name })
        {
            // A local given an object of a package type that embeds a mutex (cfg := s.remotes[name]; cfg.Lock()).
            if (scope.ValueOf(name, target) is { } value)
                return IsLockValue(value) || scope.ObjectTypeOf(target) is { } objectType && scope.Package.TypeNamed(objectType)?.Fields.Any(f => f.IsEmbedded && IsLockField(f)) == true;
            if (scope.DeclaredTypeText(target) is { } declared)
                return IsSyncType(declared, LockTypes, target) || EmbedsLock(declared, scope) || GoTypeNames.IsOfOtherPackage(declared);
        }
        return LockNames.LooksLikeLock(target.SourceCode);
    }

    /// <summary>True when <paramref name="type"/> names a struct type of the package that embeds a mutex.</summary>
    private bool EmbedsLock(string type, IScope scope) =>
        scope.Package.TypeNamed(GoTypeNames.Base(type))?.Fields.Any(f => f.IsEmbedded && IsLockField(f)) == true;

    /// <summary>The first variable of a range loop that names two (<c>for i, it := range items</c>: an index or a map key;
    /// one variable alone may be a channel's values), or the counter a three-clause loop steps (<c>for i := 0; i &lt; n;
    /// i++</c>).</summary>
    public bool TakesDistinctValues(LoopStatement loop, string name) => loop switch
    {
        { LoopKind: LoopKind.Range, Targets: [NameExpression { Name: var index }, _] } => index == name,
        { LoopKind: LoopKind.For, Post: Assignment { Targets: [NameExpression { Name: var counter }], Operator: "+=" or "-=", Values: [LiteralExpression] } } => counter == name,
        _ => false,
    };

    /// <inheritdoc />
    public NameExpression? LoopItem(LoopStatement loop) =>
        loop is { LoopKind: LoopKind.Range, Targets: [_, NameExpression item] } ? item : null;

    /// <inheritdoc />
    public bool IsConditionWait(CallExpression call, IScope scope) =>
        call.Callee is MemberAccess { Member: "Wait", Target: var condition } && IsCondition(condition, scope);

    /// <summary>A sync.Cond: a field of that type, or a local made by sync.NewCond.</summary>
    private static bool IsCondition(IrExpression target, IScope scope) =>
        scope.FieldOf(target) is { } field
            ? field.TypeText is { } type && IsSyncType(type, ConditionTypes, field)
            : target is NameExpression { Name: var name } && scope.ValueOf(name, target) is CallExpression { Callee: var made } call
              && IsSyncType(made.SourceCode, ["NewCond"], call);

    // A field of an unnamed struct type that embeds a mutex (register struct { sync.RWMutex; m map[string]int }): its
    // Lock and RLock are the mutex's.
    private static bool EmbedsLockInline(string typeText, IrNode writtenIn)
    {
        var text = typeText.Trim();
        var open = text.IndexOf('{');
        if (!text.StartsWith("struct", StringComparison.Ordinal) || open < 0 || text.LastIndexOf('}') is var close && close < open) return false;
        return text[(open + 1)..close].Split('\n', ';').Select(m => m.Trim())
            .Any(member => !member.Contains(' ', StringComparison.Ordinal) && IsSyncType(member, LockTypes, writtenIn));
    }

    /// <summary>An access of a word only ever changed atomically (<c>atomic.LoadInt32(&amp;w)</c>, <c>w.Load()</c> on an
    /// <c>atomic.Bool</c>): the word is shared by construction; a load reads it, a store writes it, and a
    /// compare-and-swap, swap or add checks and acts in one step.</summary>
    private static Effect AtomicEffect(CallExpression call, string operation, Resource word, string detail)
    {
        var shared = word with { Kind = ResourceKind.ConcurrentEntry };
        var kind = operation.StartsWith("Load", StringComparison.Ordinal) ? EffectKind.Read
            : AtomicWrites.Any(write => operation.StartsWith(write, StringComparison.Ordinal)) ? EffectKind.Write
            : EffectKind.AtomicCheckAndAct;
        return new Effect(kind, call, shared, Detail: detail, Relative: operation.StartsWith("Add", StringComparison.Ordinal));
    }

    /// <summary>Operations that change a word but test nothing: Add (and And, Or) does not re-check a bound an earlier
    /// Load read, so two callers can both pass it and both add. Swap and CompareAndSwap decide by the value they see.</summary>
    private static readonly string[] AtomicWrites = ["Store", "Add", "And", "Or"];

    /// <summary>sync/atomic's typed words (Go 1.19): <c>atomic.Bool</c>, <c>atomic.Int64</c>, <c>atomic.Pointer[T]</c>, …</summary>
    private static readonly HashSet<string> AtomicWords = ["Bool", "Int32", "Int64", "Uint32", "Uint64", "Uintptr", "Value", "Pointer"];

    private static bool IsSyncType(string typeText, IReadOnlyCollection<string> names, IrNode writtenIn) => IsLibraryType(typeText, "sync", names, writtenIn);

    /// <summary>True when the type, as written in the file of <paramref name="writtenIn"/> (<c>*sync.Mutex</c>,
    /// <c>sync.Mutex{}</c>, <c>atomic.Pointer[T]</c>, <c>stdsync.Mutex</c> where the file imports <c>stdsync "sync"</c>),
    /// is one of <paramref name="names"/> from the package <paramref name="package"/>.</summary>
    private static bool IsLibraryType(string typeText, string package, IReadOnlyCollection<string> names, IrNode writtenIn)
    {
        var text = typeText.Trim().TrimStart('*').Trim();
        var end = text.IndexOfAny(['{', '[']);
        if (end > 0) text = text[..end];
        var dot = text.IndexOf('.');
        return dot > 0 && names.Contains(text[(dot + 1)..]) && ImportedPackageName(text[..dot], writtenIn) == package;
    }

    /// <summary>The name a package is known by where <paramref name="qualifier"/> is written: the last element of the
    /// import path a file imports under that alias, or the qualifier itself (also for a declaration the model made up,
    /// a top-level variable's, which belongs to no file).</summary>
    private static string ImportedPackageName(string qualifier, IrNode writtenIn)
    {
        var root = writtenIn;
        while (root.Parent is { } parent) root = parent;
        var aliased = (root as Module)?.Imports.FirstOrDefault(i => i.Alias == qualifier);
        return aliased is null ? qualifier : aliased.Path[(aliased.Path.LastIndexOf('/') + 1)..];
    }

    private static IrExpression Unaddress(IrExpression expression) =>
        expression is UnaryExpression { Operator: "&", Operand: var operand } ? operand : expression;

    /// <summary>The query a call runs: its first argument that spells one (<see cref="QueryText"/>).</summary>
    private static string? SqlText(CallExpression call, IScope scope) =>
        call.Arguments.Select(a => QueryText(a.Value, scope, call)).FirstOrDefault(text => text is not null);

    // A string literal; the literal parts of a concatenation that starts with one, the rest standing for values
    // ("SELECT … WHERE id IN " + inList(n) + ";"); or a local the function set to one of those (ins := "INSERT …").
    private static string? QueryText(IrExpression value, IScope scope, IrNode at) => value switch
    {
        LiteralExpression { LiteralKind: LiteralKind.String, Value: var text } => text,
        BinaryExpression { Operator: "+", Left: var left, Right: var right } when QueryText(left, scope, at) is { } head =>
            $"{head} {(right is LiteralExpression { LiteralKind: LiteralKind.String, Value: var tail } ? tail : "?")}",
        NameExpression { Name: var local } when scope.ValueOf(local, at) is { } set and (LiteralExpression or BinaryExpression) => QueryText(set, scope, at),
        _ => null,
    };
}
