using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// What one language's libraries and conventions mean for concurrency. The semantic model asks these questions;
/// rules never see the answers' language. Each frontend implements this for its language.
/// </summary>
public interface ILanguageFacts
{
    /// <summary>The effects of a call: lock acquire or release, reads and writes of resources, atomic check-and-act,
    /// transaction begin. <paramref name="scope"/> resolves what the call's receiver is.</summary>
    IReadOnlyList<Effect> EffectsOfCall(CallExpression call, IScope scope);

    /// <summary>The effects of entering a scoped item (Python's with): usually a lock acquire or a transaction
    /// begin, released when the scope ends.</summary>
    IReadOnlyList<Effect> EffectsOfScope(WithItem item, IScope scope);

    /// <summary>How the language scopes top-level variables (package-level vars, module globals).</summary>
    GlobalScoping Globals { get; }

    /// <summary>True when a field's declared type or initializer makes it a lock.</summary>
    bool IsLockField(FieldDecl field);

    /// <summary>True when <paramref name="value"/> makes a new lock (<c>&amp;sync.Mutex{}</c>, <c>threading.Lock()</c>,
    /// <c>new ReentrantLock()</c>): two callers that each make one hold different locks. By default nothing does.</summary>
    bool MakesLock(IrExpression value) => false;

    /// <summary>True when <paramref name="function"/> initializes a new object of its type (Python's <c>__init__</c>);
    /// false in a language without constructors.</summary>
    bool IsConstructor(FunctionDecl function);

    /// <summary>True when <paramref name="call"/> can run <paramref name="callee"/>, one of the functions of its name: a
    /// language with overloading tells them apart by their parameters. By default every function of the name can.</summary>
    bool MayCall(CallExpression call, FunctionDecl callee) => true;

    /// <summary>The bare name of the type a type expression names, without pointers, type arguments or a package or
    /// module qualifier (Go's <c>*pkg.Store[K]</c> → <c>Store</c>).</summary>
    string BaseTypeName(string typeText);

    /// <summary>True when a type expression spells out an interface type in place (Go's <c>interface{ … }</c>) rather
    /// than naming one. By default none does.</summary>
    bool IsInterfaceLiteral(string typeText) => false;

    /// <summary>True when <paramref name="field"/> holds a plain value (a number, a flag, a string) that every read
    /// copies: handing what it holds on to a call or a variable cannot change the field. By default no field does.</summary>
    bool HoldsValue(FieldDecl field) => false;

    /// <summary>True for the base every class has (Python's <c>object</c>, and <c>Exception</c> for exceptions): two
    /// types that share only it are not related. By default no type is one.</summary>
    bool IsRootType(string typeName) => false;

    /// <summary>True when a type satisfies an interface by having its methods, without naming it (Go); false where a
    /// type names the interfaces it implements (Java) or the language has none, as by default.</summary>
    bool InterfacesAreImplicit => false;

    /// <summary>True when assigning to <paramref name="name"/> stores nothing (Go's blank identifier). By default no name is
    /// one.</summary>
    bool IsBlankName(string name) => false;

    /// <summary>True when <paramref name="value"/> makes a channel of one slot whose items carry nothing (Go's
    /// <c>make(chan struct{}, 1)</c>), which code uses as a lock when it only sends into it to take it and receives from it
    /// to let it go. By default no value does.</summary>
    bool MakesLockChannel(IrExpression value) => false;

    /// <summary>The variable a call stores a value into through the address it is handed, and that value (Go's
    /// <c>atomic.StoreUint32(&amp;w, 1)</c>); null for any other call. By default none does.</summary>
    (IrExpression Word, IrExpression Value)? StoreThroughAddress(CallExpression call) => null;

    /// <summary>The variable whose address <paramref name="argument"/> takes (Go's <c>&amp;n</c>), which a call given it
    /// can read and write through (<c>row.Scan(&amp;n)</c>), and whose value taking the address to keep it
    /// (<c>p := &amp;s.n</c>) does not read; null when the argument only passes a value, as every argument does by
    /// default.</summary>
    IrExpression? WrittenThrough(IrExpression argument) => null;

    /// <summary>True when the function's name says its caller must hold a lock (Go's *Locked, Python's *_locked).</summary>
    bool NameImpliesCallerHoldsLock(string functionName);

    /// <summary>True when an except handler catches the failure a store action raises (a database error, an
    /// integrity error, an OS error), as opposed to an unrelated one.</summary>
    bool CatchesStoreFailure(ExceptHandler handler);

    /// <summary>True when an except handler catches only the failure of a write that would break a unique constraint
    /// (Python's <c>IntegrityError</c>, Java's <c>SQLIntegrityConstraintViolationException</c>), not any failure of the
    /// database. By default none does.</summary>
    bool CatchesDuplicateRow(ExceptHandler handler) => false;

    /// <summary>True when the code right around a file-system act handles the failure a lost check-then-act race
    /// causes (the path appeared or vanished in between) and goes on correctly: the race is tolerated, not a bug.
    /// A language that cannot tell answers false.</summary>
    bool HandlesLostPathRace(IrNode act) => false;

    /// <summary>What losing a race to a change of <paramref name="path"/> (it appeared, vanished or was swapped) does
    /// to <paramref name="act"/>: it fails (a remove, a read, a <c>Mkdir</c>), it writes into whatever is there (Go's
    /// <c>os.WriteFile(p, …)</c>, Python's <c>open(p, "w")</c>), or it puts a complete file there in one step (the
    /// destination of Go's <c>os.Rename</c>, Python's <c>os.replace</c>). By default it fails.</summary>
    LostPathRace LostPathRaceOutcome(CallExpression act, IrExpression path) => LostPathRace.Fails;

    /// <summary>True when the code around <paramref name="call"/> may handle its failure (Python's call inside a
    /// <c>try</c> with a handler or under <c>contextlib.suppress</c>). By default every call's may, as a Go call's
    /// error, which the caller may test or drop, so a helper's use of a path that fails on a lost race is left to the
    /// helper.</summary>
    bool MayHandleFailureOf(CallExpression call) => true;

    /// <summary>True when losing a file-system race only changes which error the function ends with: the
    /// <paramref name="check"/> asks no more than whether the path exists, the <paramref name="refusal"/> branch the
    /// code takes when the check turns the act down leaves the function with an error, and the <paramref name="act"/>
    /// fails when the path vanished (or appeared) in between, which leaves the function with an error too. A path
    /// swapped for another object passes such a check as well, so nothing but the error's wording depends on the
    /// timing. Also true when the handler that catches the act's failure does what the refusal does (Python's
    /// <c>try: c = load(open(p)) except Exception: c = {}</c> under <c>if os.path.exists(p):</c>, <c>else: c = {}</c>):
    /// the lost race ends as the refusal would have. A language that cannot tell answers false.</summary>
    bool LostPathRaceFailsLikeRefusal(IrNode check, IrExpression condition, Block refusal, IrNode act) => false;

    /// <summary>True when the <paramref name="act"/> only makes sure the path is there (it creates a missing one, keeps
    /// whatever is there as it is and writes nothing into it: pathlib's <c>touch()</c>, Python's
    /// <c>open(p, "a").close()</c>, Go's <c>os.OpenFile</c> with <c>O_CREATE</c> but neither <c>O_TRUNC</c> nor
    /// <c>O_EXCL</c> whose file is only closed) and it runs where the
    /// <paramref name="check"/> found no path (the <paramref name="condition"/> holds there when
    /// <paramref name="actsWhenConditionHolds"/>): a path another made in between is there afterwards, as the act meant,
    /// and left as it was. After a check that found the path the same act is a use, which makes again, empty, a path
    /// that vanished. A language that cannot tell answers false.</summary>
    bool CreateKeepsWhatAppeared(IrNode check, IrExpression condition, bool actsWhenConditionHolds, IrNode act) => false;

    /// <summary>True when the <paramref name="act"/> only reads the path and by itself re-checks what the
    /// <paramref name="check"/> learned of it, following links as the check did (it fails on a path that vanished or
    /// is not of the kind the check saw), and its failure leaves the function with an error: a lost race ends as any
    /// other failed read does, and the check vouched for nothing the read relies on. A language that cannot tell
    /// answers false.</summary>
    bool ReadRechecksPath(IrNode check, IrNode act) => false;

    /// <summary>True when the <paramref name="check"/> only turns the function away with an error when the path is
    /// missing and lends the <paramref name="act"/> at most the file's mode, and the act writes the path whether or not
    /// anything is there, creating it if needed (Go's <c>fi, err := os.Stat(p); if err != nil { return err }; …;
    /// os.WriteFile(p, data, fi.Mode())</c>), or renames a complete file onto the path (<c>os.Rename(tmp, p)</c>, which
    /// replaces whatever is there in one step): a path that vanishes or appears in between leaves the act doing what it
    /// was for. A language that cannot tell answers false.</summary>
    bool OverwriteIgnoresPathCheck(IrNode check, IrNode act) => false;

    /// <summary>True when <paramref name="call"/> creates a file or directory under a fresh, unguessable name and returns
    /// its path (Python's <c>tempfile.mkstemp</c> and <c>mkdtemp</c>, Go's <c>os.MkdirTemp</c>). By default no call does.</summary>
    bool MakesUniquePath(CallExpression call) => false;

    /// <summary>True when <paramref name="call"/> returns a path that names no file now but creates none (Python's
    /// deprecated <c>tempfile.mktemp</c>): a check of the path that whoever creates it first wins. Its effect reads that
    /// path. By default no call does.</summary>
    bool PicksUnusedPath(CallExpression call) => false;

    /// <summary>True when <paramref name="call"/> answers the names a directory holds (Python's <c>os.listdir</c>,
    /// <c>glob.glob</c>, pathlib's <c>iterdir</c>; Go's <c>os.ReadDir</c>): its effects include a read of the directory's
    /// entries (<see cref="ResourceKind.DirectoryEntries"/>), which the paths built from the names it returns depend on.
    /// By default no call does.</summary>
    bool ListsDirectory(CallExpression call) => false;

    /// <summary>True when <paramref name="act"/> fails (raises, returns an error) when its path is gone: a read of the
    /// file or of what it is (open for reading, <c>os.stat</c>), a remove, a rename, a chmod; not a test that answers no
    /// (<c>os.path.exists</c>), a removal that takes a missing path as done, or a write that creates the path. By
    /// default none does.</summary>
    bool FailsWhenPathMissing(IrNode act) => false;

    /// <summary>True when <paramref name="act"/> removes the file or directory its path names. By default none does.</summary>
    bool RemovesPath(IrNode act) => false;

    /// <summary>True when the code goes on past <paramref name="act"/> when it fails on a path gone in between (Go's
    /// <c>if err != nil { continue }</c>, Python's <c>except OSError: continue</c>): the name is skipped, as one gone
    /// before it was listed would be. By default no code does.</summary>
    bool SkipsOnFailure(IrNode act) => false;

    /// <summary>True when <paramref name="act"/> creates its path and fails if anything is there already (a directory, a
    /// link or a FIFO made in place): it cannot be led through a file or link another process put at the path. By
    /// default none does.</summary>
    bool CreatesExclusively(IrNode act) => false;

    /// <summary>The directory <paramref name="call"/> joins a path onto (the first argument of <c>os.path.join</c>,
    /// <c>filepath.Join</c>); null for any other call.</summary>
    IrExpression? JoinedDirectory(CallExpression call) => null;

    /// <summary>The method a subscript on an object of a class runs (Python's <c>__getitem__</c> for <c>x[k]</c>,
    /// <c>__setitem__</c> for <c>x[k] = v</c>); null in a language whose subscripts run no code of the program's own.</summary>
    string? SubscriptMethod(bool assigns) => null;

    /// <summary>The method a membership test on an object of a class runs (Python's <c>__contains__</c> for
    /// <c>k in x</c>); null where membership tests run no code of the program's own.</summary>
    string? MembershipMethod => null;

    /// <summary>When <paramref name="call"/> starts concurrent work (a thread, an executor task), the callable it runs
    /// there; null for any other call. A language's own spawn statement (Go's go) is a <see cref="SpawnStatement"/>.</summary>
    IrExpression? SpawnedCallable(CallExpression call) => null;

    /// <summary>The arguments <paramref name="call"/>, one that <see cref="SpawnedCallable"/> names a callable for, hands
    /// that callable, in order (Python's <c>Thread(target=f, args=(a, b))</c>, <c>executor.submit(f, a, b)</c>); empty
    /// when it hands none the code shows. By default none.</summary>
    IReadOnlyList<IrExpression> SpawnedArguments(CallExpression call) => [];

    /// <summary>True when <paramref name="call"/>, one that <see cref="SpawnedCallable"/> names a callable for, runs it on
    /// many items side by side (Python's <c>executor.map(f, items)</c>). By default a spawn starts one run.</summary>
    bool SpawnsManyAtOnce(CallExpression call) => false;

    /// <summary>True when <paramref name="call"/>, one that <see cref="SpawnedCallable"/> names a callable for, has every
    /// thread the program starts run it (Python's <c>threading.setprofile(f)</c>). By default none does.</summary>
    bool HooksEveryThread(CallExpression call) => false;

    /// <summary>True when <paramref name="call"/> does not come back to the code after it: it ends the program, the
    /// thread or the test, or unwinds like a raise (Go's <c>panic</c>, <c>os.Exit</c>, <c>log.Fatal</c>; Python's
    /// <c>sys.exit</c>). Code after an <c>if</c> whose branch makes one runs only when the condition did not hold. By
    /// default every call returns.</summary>
    bool NeverReturns(CallExpression call) => false;

    /// <summary>True when <paramref name="call"/> keeps the functions it is handed, to run later and elsewhere (Go's
    /// <c>append</c>, <c>time.AfterFunc</c>, <c>http.HandleFunc</c>; Python's <c>callbacks.append</c>,
    /// <c>atexit.register</c>), instead of running them before it returns as a visitor or a comparison does. By
    /// default no call does.</summary>
    bool KeepsCallables(CallExpression call) => false;

    /// <summary>True for a binary operator that builds text from a string literal and values (<c>"visit:" + id</c>). By
    /// default only <c>+</c> does.</summary>
    bool BuildsText(string binaryOperator) => binaryOperator == "+";

    /// <summary>The collection <paramref name="call"/> adds one more item to, kept as it was otherwise (Go's
    /// <c>append(xs, x)</c>; Python's <c>xs.append(x)</c>, <c>xs.add(x)</c>; Java's <c>xs.add(x)</c>), or null. By default
    /// no call adds to a collection.</summary>
    IrExpression? CollectionAddedTo(CallExpression call) => null;

    /// <summary>True when <paramref name="exit"/>, the last statement of a branch that leaves a function, reports a failure
    /// to the caller: by default a raise or throw; Go's return of an error value.</summary>
    bool ReportsFailure(IrStatement exit) => exit is RaiseStatement;

    /// <summary>True when <paramref name="exit"/> returns a failure made there from nothing that failed before it (Go's
    /// <c>return errors.New("over the cap")</c>, <c>return fmt.Errorf("%d over %d", n, max)</c>): an anonymous refusal,
    /// which tells the caller only that the function said no, unlike a failure passed on from a call (<c>return
    /// err</c>). By default no return does.</summary>
    bool ReportsOwnRefusal(ReturnStatement exit) => false;

    /// <summary>True when <paramref name="value"/> makes a failure from nothing that failed before it, the value an
    /// anonymous refusal returns (Go's <c>errors.New("busy")</c>); given to a top-level variable no code changes
    /// (<c>var errBusy = errors.New("busy")</c>), the variable names one refusal, as a literal names one answer. By
    /// default no value does.</summary>
    bool MakesRefusal(IrExpression value) => false;

    /// <summary>True when a failure <paramref name="act"/> reports reaches the caller of <paramref name="function"/> as it
    /// is, told apart from no other failure: by default, an exception the function catches nowhere around the call;
    /// Go's error returned without a test of what it is (<c>errors.Is</c>, <c>os.IsExist</c>, a comparison).</summary>
    bool PassesOnFailure(CallExpression act, FunctionDecl function) =>
        !act.Ancestors().TakeWhile(a => !ReferenceEquals(a, function)).OfType<TryStatement>().Any(t => t.Handlers.Count > 0 && t.Body.Span.Contains(act.Span));

    /// <summary>True when code outside the package can call <paramref name="function"/> (Go: an exported name), so the
    /// calls the package shows need not be all of them. By default every function can be.</summary>
    bool IsVisibleOutsidePackage(FunctionDecl function) => true;

    /// <summary>True for a method of a class that needs no object of it (Python's <c>@classmethod</c> and
    /// <c>@staticmethod</c>, Java's <c>static</c>): whoever can name the class can call it, and what it keeps on the
    /// class is one per process. By default none.</summary>
    bool IsClassLevel(FunctionDecl function) => false;

    /// <summary>True for a type whose objects hold a copy of their attributes per thread (Python's
    /// <c>threading.local</c>), named as the code names it: a top-level variable that holds one is not shared between
    /// threads. By default none.</summary>
    bool IsThreadLocalType(string typeName) => false;

    /// <summary>True when <paramref name="call"/> runs the callable it is given at most once however often it is made,
    /// and never twice at the same time (Go's <c>sync.Once.Do</c>). By default no call does.</summary>
    bool RunsArgumentOnce(CallExpression call, IScope scope) => false;

    /// <summary>The bare name of the type <paramref name="value"/> makes a new object of (Go: <c>T{…}</c>,
    /// <c>&amp;T{…}</c>, <c>new(T)</c>; Python: a call of a class), which nothing else can reach until the code hands it
    /// on; null for any other value. The name need not be a type of the package: the model checks. By default: null.</summary>
    string? CreatedType(IrExpression value) => null;

    /// <summary>The type, as the code spells it, of the items of a collection of the type <paramref name="typeText"/>
    /// spells (Go's <c>[]*msgBlock</c> holds <c>*msgBlock</c>, <c>map[string]*Account</c> holds <c>*Account</c>); null for
    /// a type that is no collection, or where types do not say. By default: null.</summary>
    string? ElementType(string typeText) => null;

    /// <summary>The type, as the code spells it, of the first value <paramref name="function"/> returns, when its
    /// declaration says (Go's <c>func (fs *fileStore) selectMsgBlock(seq uint64) *msgBlock</c>); null otherwise. By
    /// default: null.</summary>
    string? ResultType(FunctionDecl function) => null;

    /// <summary>The type, as the code spells it, that <paramref name="value"/> asserts its operand holds (Go's
    /// <c>x.(*T)</c>): the value is an object of that type, though not a new one. Null for any other value. By default:
    /// null.</summary>
    string? AssertedType(IrExpression value) => null;

    /// <summary>The truth value <paramref name="literal"/> spells (Go's <c>true</c>, Python's <c>False</c>); null for a
    /// literal of another kind. By default: null.</summary>
    bool? BooleanValue(LiteralExpression literal) => null;

    /// <summary>True for a method the language runs on every making of an object of its type, called by the making
    /// itself (a call of the class, <c>new T(…)</c>) rather than by name: a constructor, and Python's <c>__new__</c>.
    /// The calls that make such an object (<see cref="CreatedType"/>) are the method's callers. By default: the
    /// constructors.</summary>
    bool RunsOnCreation(FunctionDecl function) => IsConstructor(function);

    /// <summary>True for an expression at which the running task lets others run on the same thread before it goes on
    /// (Python's <c>await</c>): state read before it can have changed after it, lock or no thread. By default none.</summary>
    bool YieldsToOtherTasks(IrExpression expression) => false;

    /// <summary>True when some expression of the language can yield to other tasks (<see cref="YieldsToOtherTasks"/>),
    /// so a function's body is worth searching for one. By default false.</summary>
    bool TasksYield => false;

    /// <summary>True for a function whose calls run as tasks of one event loop on one thread (Python's <c>async def</c>):
    /// from one point of it to a later one with no <see cref="YieldsToOtherTasks"/> in between, no other task runs, even
    /// when many calls are under way (an async request handler). By default none.</summary>
    bool RunsAsTask(FunctionDecl function) => false;

    /// <summary>True when <paramref name="expression"/> names the class of <paramref name="method"/>'s receiver through
    /// the receiver (Python's <c>self.__class__</c>, <c>type(self)</c>, <c>cls</c> in <c>__new__</c>): its attributes
    /// are the class's, which every object shares, also while a constructor runs. By default none does.</summary>
    bool NamesReceiverClass(IrExpression expression, FunctionDecl method) => false;

    /// <summary>True for an argument that carries the call's context (a deadline, cancellation) rather than naming what
    /// the call acts on, so it is no key of a store (Go's <c>ctx</c>). By default: none is.</summary>
    bool IsCallContext(IrExpression argument) => false;

    /// <summary>The name of the lock a decorator from outside the package holds while the function it decorates runs
    /// (Python's <c>@synchronized</c>, as wrapt and similar libraries give it); null for any other decorator, as by
    /// default.</summary>
    string? LockHeldByDecorator(IrExpression decorator) => null;

    /// <summary>When <paramref name="call"/> hands back the one object the whole process keeps for its arguments
    /// (Python's <c>logging.getLogger(name)</c>), a name for that object, the same for every such call with the same
    /// arguments; null for any other call, as by default.</summary>
    string? ProcessWideObject(CallExpression call, IScope scope) => null;

    /// <summary>True when the framework the function is written for calls it once per request, on requests served at
    /// the same time (Go's net/http handlers, Python web views): a copy of it can run beside another. By default none.</summary>
    bool ServesRequests(FunctionDecl function) => false;

    /// <summary>What a library runs <paramref name="function"/> for, many at a time, when the function implements an
    /// interface whose documentation requires it to be safe for concurrent use ("every request an HTTP client sends"
    /// for Go's <c>RoundTrip</c>); null when no such contract applies. By default null.</summary>
    string? ConcurrentContract(FunctionDecl function) => null;

    /// <summary>For a class derived from <paramref name="baseName"/>, as written in <paramref name="module"/>: when that
    /// is the language's thread class (Python's <c>threading.Thread</c>, Java's <c>Thread</c>), the method whose call
    /// starts an object's thread and the method that thread runs (<c>start</c>, <c>run</c>); null for any other base. By
    /// default null.</summary>
    (string Start, string Runs)? ThreadClassMethods(string baseName, Module module) => null;

    /// <summary>The methods a thread or executor runs when <paramref name="started"/>, what a start was handed, is an
    /// object rather than a function (Java's <c>new Thread(worker)</c> runs <c>worker.run()</c>,
    /// <c>executor.submit(task)</c> its <c>run()</c> or <c>call()</c>); none when it is a function. By default none.</summary>
    IReadOnlyList<string> MethodsRunOnStartedObject(IrExpression started) => [];

    /// <summary>True when <paramref name="literal"/> is a function value such a framework calls once per request (a
    /// handler written in place where it is registered). By default none.</summary>
    bool ServesRequests(FunctionLiteral literal) => false;

    /// <summary>The function <paramref name="call"/> registers with a web framework to run for requests, many at a time
    /// (Flask's <c>app.add_url_rule("/", view_func=self.index)</c>, <c>app.before_request(self.setup)</c>); null for any
    /// other call. By default none.</summary>
    IrExpression? RegisteredHandler(CallExpression call) => null;

    /// <summary>True for the point where a scope factory runs its caller's <c>with</c> block (the <c>yield</c> of a
    /// Python <c>@contextmanager</c> generator): the locks the factory holds there are held for the block. By default
    /// none is.</summary>
    bool RunsScopeBody(IrExpression expression) => false;

    /// <summary>True when a class derived from <paramref name="baseName"/>, as <paramref name="module"/> imports it, is a
    /// command-line command of its framework (Django's <c>BaseCommand</c>, a setuptools build step): each run is one
    /// process doing one job for the person who started it. By default none is.</summary>
    bool IsCommandBase(string baseName, Module module) => false;

    /// <summary>The two values a call compares for equality (Go's <c>reflect.DeepEqual(a, b)</c>, <c>bytes.Equal(a, b)</c>);
    /// null for any other call. By default none is one.</summary>
    (IrExpression Left, IrExpression Right)? EqualityCall(CallExpression call) => null;

    /// <summary>The collection a call measures the length of (<c>len(x)</c>); null for any other call. By default none.</summary>
    IrExpression? LengthOperand(CallExpression call) => null;

    /// <summary>True when reading <paramref name="entry"/> fails if its key is missing (Python's <c>d[k]</c> raises
    /// KeyError), rather than giving a zero value (Go) or null. By default it does not.</summary>
    bool ReadOfMissingEntryFails(IndexExpression entry) => false;

    /// <summary>True when reading <paramref name="member"/> fails if the object has no such member yet (Python's
    /// <c>self._conn</c> raises AttributeError), rather than the language ruling it out. By default it does not.</summary>
    bool ReadOfMissingMemberFails(MemberAccess member) => false;

    /// <summary>True for a membership test that holds when the key is missing (Python's <c>k not in d</c>). By default
    /// none is.</summary>
    bool IsAbsenceTest(BinaryExpression test) => false;

    /// <summary>True when target <paramref name="index"/> of <paramref name="assignment"/> receives whether a lookup
    /// found its key (Go's <c>v, ok := m[k]</c>, <c>v, ok := cache.Load(k)</c>). By default none does.</summary>
    bool BindsPresence(Assignment assignment, int index) => false;

    /// <summary>True for a call that asks whether an object has a member (Python's <c>hasattr(obj, "name")</c>): it holds
    /// when the value is there. By default none is.</summary>
    bool IsPresenceTest(CallExpression call) => false;

    /// <summary>True when <paramref name="handler"/> catches what <paramref name="read"/> raises when the entry or member
    /// it reads is missing (Python's <c>except KeyError</c> around <c>d[k]</c>, <c>except AttributeError</c> around
    /// <c>self._lock</c>, or a base of them). By default none does.</summary>
    bool HandlesMissing(ExceptHandler handler, IrNode read) => false;

    /// <summary>True for a lock only the tasks of one event loop take (Python's <c>asyncio.Lock()</c>): it shows that
    /// tasks share the object, and tasks take turns only where one awaits, so it says nothing of threads. By default
    /// none is.</summary>
    bool IsTaskLock(IrExpression value) => false;

    /// <summary>The path a conversion that leaves it as it is wraps (Python's <c>str(p)</c>, <c>os.fspath(p)</c>, Go's
    /// <c>filepath.Clean(p)</c>): a check
    /// and a use of either name the same file. The expression itself for anything else, by default always.</summary>
    IrExpression SamePath(IrExpression path) => path;

    /// <summary>True when each operation on a built-in container (a lookup, a store, a removal) is atomic by itself, so
    /// code that makes them with no lock sees each one whole (Python's dict, list and set). Where it is not, unlocked
    /// operations from two threads at once are a data race of their own (Go's maps). By default it is not.</summary>
    bool ContainerOperationsAreAtomic => false;

    /// <summary>True for a test whether a container holds a key (Python's <c>k in d</c>, <c>k not in d</c>): a read of
    /// the container's entry, not of the container as a whole. By default none is.</summary>
    bool IsMembershipTest(BinaryExpression test) => false;

    /// <summary>A send on a channel (Go's <c>ch &lt;- v</c>), which changes the channel, adding the value behind those
    /// already in it (a receive takes the first): the channel, and whether the send is one step that takes room only if
    /// there is some (a case of a select) rather than one an earlier look at the channel decided. Null for any other
    /// operator; by default there are none.</summary>
    (IrExpression Channel, bool OneStep)? Send(BinaryExpression expression) => null;

    /// <summary>True when every turn of <paramref name="loop"/> gives the variable <paramref name="name"/> a value no
    /// other turn gives it (Go's range index or key, a counter the loop's post statement steps): copies of a function
    /// each handed that value work on slots of their own. By default none does.</summary>
    bool TakesDistinctValues(LoopStatement loop, string name) => false;

    /// <summary>The variable <paramref name="loop"/> gives each item of what it goes through, one per turn (Go's
    /// <c>p</c> in <c>for _, p := range ps</c>, Python's <c>p</c> in <c>for p in ps</c>); null when it gives none by
    /// itself. By default none.</summary>
    NameExpression? LoopItem(LoopStatement loop) => null;

    /// <summary>True for a wait on a condition variable: the call gives up the lock the condition goes with, sleeps until
    /// another thread signals (or wakes for no reason), and takes the lock again before it returns (Go's
    /// <c>sync.Cond.Wait</c>, Python's <c>threading.Condition.wait</c>, Java's <c>Object.wait</c> and
    /// <c>Condition.await</c>). A wait that tests its own predicate again (Python's <c>wait_for</c>) is none. By default
    /// there are none.</summary>
    bool IsConditionWait(CallExpression call, IScope scope) => false;

    /// <summary>True for a method that reading an attribute of the same name runs (Python's <c>@property</c>): the read
    /// reads what the method's result is made from. By default there are none.</summary>
    bool IsProperty(FunctionDecl function) => false;

    /// <summary>The lock a call holds while it runs the function literals it is handed, named like the locks
    /// <see cref="EffectsOfCall"/> takes (Go's <c>singleflight.Group.Do</c> runs one function per key at a time); null
    /// when it holds none, as by default.</summary>
    string? LockHeldForCallbacks(CallExpression call, IScope scope) => null;

    /// <summary>The documentation of <paramref name="declaration"/>, a type or a function: by default the comment block
    /// just above it (<see cref="Documentation.Above(IrNode)"/>); null when it has none.</summary>
    Documentation? DocumentationOf(IrNode declaration) => Documentation.Above(declaration);

    /// <summary>A receive from a channel (Go's <c>&lt;-ch</c>), which takes a value out of it: the channel, and whether the
    /// receive is one step that waits for a value or gives way to another case (a case of a select) rather than one an
    /// earlier look at the channel (<c>len(ch) &gt; 0</c>) decided. The value received is no look at the channel's state
    /// that could go stale, so what it decides is not decided by the channel. Null for any other operator; by default
    /// there are none.</summary>
    (IrExpression Channel, bool OneStep)? Receive(UnaryExpression expression) => null;

    /// <summary>What <paramref name="call"/> closes: the object it is called on (<c>self._sock.close()</c>), or the
    /// descriptor it is handed (Python's <c>os.close(fd)</c>). Calls through it afterwards fail. Null for any other call;
    /// by default none closes anything.</summary>
    IrExpression? ClosedBy(CallExpression call) => null;

    /// <summary>True when <paramref name="handler"/> catches what a call through a closed object raises (Python's
    /// <c>except OSError</c> around <c>sock.recv()</c>, or a base of it): the code is ready for the close. By default none
    /// does.</summary>
    bool HandlesClosedUse(ExceptHandler handler) => false;
}
