using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// Whether Python code handles the exception a lost file-system race raises. Only an act that fails when it loses the
/// race can be handled: one that creates raises FileExistsError when the path appeared in between (mkdir, makedirs,
/// link, symlink, open 'x'), one that uses or removes a path raises FileNotFoundError when it vanished (remove, unlink,
/// rmdir, rename, open for reading, …); one that overwrites (open 'w', copy) raises nothing. Handled means the act sits
/// in a <c>try</c> body with an <c>except</c> for that exception whose body does something other than re-raise. A
/// broad <c>except OSError</c> alone does not count: it is there for other failures as often as not; it does when the
/// code then looks at the path again (<c>os.path.isdir(p)</c> in the handler or after the <c>try</c>) to see what
/// became of it, and around a removal (<c>os.remove</c>, <c>unlink</c>, <c>rmdir</c>) that it lets fail and goes on:
/// a removal that lost the race finds the path already gone, which is what it was for.
/// A broad handler that singles out the lost race by its error number (<c>e.errno != errno.EEXIST</c>, <c>ENOENT</c>) counts
/// as the specific one, and so does a <c>with contextlib.suppress(FileNotFoundError):</c> block around the act.
/// <c>shutil.rmtree(p, ignore_errors=True)</c> handles a vanished path by itself.
/// <para>
/// A lost race is also harmless when it only changes which exception leaves the function: the check asked only
/// whether the path exists (<c>os.path.exists</c>, <c>lexists</c>, pathlib's <c>exists</c>: <c>isfile</c> and
/// <c>isdir</c> also ask what it is), the branch taken when it refuses raises and does nothing else, and nothing in the
/// function catches the exception the act raises; and when the handler that catches what the act raises does what
/// the branch taken on the check's refusal does.
/// </para>
/// </summary>
internal static class PathRaceHandling
{
    private static readonly HashSet<string> FailIfAppeared = ["mkdir", "makedirs", "link", "symlink"];
    private static readonly HashSet<string> FailIfVanished = ["remove", "unlink", "rmdir", "removedirs", "rename", "replace", "chmod", "chown", "listdir", "scandir",
        "rmtree", "move", "copy", "copy2", "copyfile", "copytree", "stat", "lstat", "getmtime", "getatime", "getctime", "getsize", "read_text", "read_bytes"];
    private static readonly HashSet<string> Removals = ["remove", "unlink", "rmdir", "removedirs", "rmtree"];

    // Checks that ask only whether a path exists, and checks that look at a path at all.
    private static readonly HashSet<string> ExistenceTests = ["exists", "lexists"];
    private static readonly HashSet<string> PathTests = ["exists", "lexists", "isdir", "isfile", "islink"];

    // Checks that hold only when the path is there.
    private static readonly HashSet<string> FindingTests = [.. PathTests, "is_dir", "is_file", "is_symlink"];

    // What catches FileNotFoundError or FileExistsError besides itself: their bases, and a bare except.
    private static readonly HashSet<string> BroaderCatches = ["OSError", "IOError", "EnvironmentError", "Exception", "BaseException"];

    /// <summary>True for <c>os.replace(tmp, p)</c> after a check of <c>p</c> (<see cref="RenamesOntoCheckedPath"/>), unless
    /// <c>tmp</c> is a directory <c>tempfile.mkdtemp()</c> made.</summary>
    public static bool ReplacesChecked(IrNode check, IrNode act) =>
        RenamesOntoCheckedPath.Holds(check, act,
            rename => rename.Callee is MemberAccess { Target: NameExpression { Name: "os" }, Member: "replace" },
            made => made.Callee is MemberAccess { Target: NameExpression { Name: "tempfile" }, Member: "mkdtemp" } or NameExpression { Name: "mkdtemp" });

    /// <summary>An open for writing or appending, a pathlib write and a copy or download overwrite the path they write; a
    /// replace, rename or move replaces its destination in one step; anything else fails.</summary>
    public static LostPathRace Outcome(CallExpression act, IrExpression path) => act.Callee switch
    {
        NameExpression { Name: "open" } or MemberAccess { Target.SourceCode: "io" or "codecs", Member: "open" }
            when act.Arguments.Count > 0 && ReferenceEquals(act.Arguments[0].Value, path) && OpenCall.MakesOrReplaces(OpenCall.Mode(act)) => LostPathRace.Overwrites,
        MemberAccess { Member: "write_text" or "write_bytes", Target: var written } when ReferenceEquals(written, path) => LostPathRace.Overwrites,
        NameExpression { Name: "urlretrieve" } or MemberAccess { Member: "copy" or "copy2" or "copyfile" or "urlretrieve" }
            when act.Arguments is [_, var destination, ..] && ReferenceEquals(destination.Value, path) => LostPathRace.Overwrites,
        MemberAccess { Member: "replace" or "rename" or "move" } when act.Arguments is [_, var destination, ..] && ReferenceEquals(destination.Value, path) => LostPathRace.Replaces,
        _ => LostPathRace.Fails,
    };

    public static bool IsHandled(IrNode act)
    {
        if (act is CallExpression { Callee: MemberAccess { Member: "rmtree" } } rmtree && KeywordArguments.IsTrue(rmtree, "ignore_errors", 1))
            return true;
        var exception = LostRaceException(act);
        if (exception is not null && act.Ancestors().OfType<WithStatement>().Any(with => with.Body.Span.Contains(act.Span)
                && with.Items.Any(item => Suppressed(item.Context) is { } suppressed
                    && suppressed.Any(t => t == exception || BroaderCatches.Contains(t) && IsRemoval(act)))))
            return true;
        return exception is not null && act.Ancestors().OfType<TryStatement>().Any(@try => @try.Body.Span.Contains(act.Span)
            && (@try.Handlers.Any(h => h.TypeNames.Any(t => t.Split('.')[^1] == exception) && !h.Body.Statements.All(s => s is RaiseStatement) || TellsByErrno(h, exception))
                || @try.Handlers.Any(h => CatchesAndGoesOn(h, exception)) && (IsRemoval(act) || ChecksAgain(@try, act))));
    }

    // Inside a try body with a handler, or a with block that suppresses something.
    public static bool MayBeHandled(IrNode call) =>
        call.Ancestors().OfType<TryStatement>().Any(@try => @try.Body.Span.Contains(call.Span) && @try.Handlers.Count > 0)
        || call.Ancestors().OfType<WithStatement>().Any(with => with.Body.Span.Contains(call.Span) && with.Items.Any(item => Suppressed(item.Context) is not null));

    // The exceptions a `with contextlib.suppress(…):` block swallows; null for any other context manager. Like a
    // handler that goes on, it handles the exception itself, and a base of it around a removal.
    private static IReadOnlyList<string>? Suppressed(IrExpression context) =>
        context is CallExpression { Callee: NameExpression { Name: "suppress" } or MemberAccess { Member: "suppress", Target: NameExpression { Name: "contextlib" } } } call
            ? call.Arguments.Select(a => a.Value.SourceCode.Split('.')[^1]).ToList()
            : null;

    // A broad handler that tells the lost race by its error number (`except OSError as e: if e.errno != errno.EEXIST:
    // raise`) handles it as `except FileExistsError` would: the idiom from before Python 3.3 gave the two their own
    // exception classes.
    private static bool TellsByErrno(ExceptHandler handler, string exception) =>
        (exception == "FileExistsError" ? "EEXIST" : "ENOENT") is var code && Catches(handler, exception)
        && handler.Body.DescendantsAndSelf().Any(n => n is MemberAccess { Target: NameExpression { Name: "errno" }, Member: var member } && member == code
                                                     || n is NameExpression { Name: var name } && name == code);

    // After a broad handler let the use fail, the code looks at the path again (in the handler or after the try) to
    // see what became of it, so a path that appeared or vanished in between is taken as it is.
    private static bool ChecksAgain(TryStatement @try, IrNode act)
    {
        if (act is not CallExpression { Arguments: [var path, ..] }) return false;
        return @try.Handlers.Cast<IrNode>().Concat(Later(@try)).SelectMany(n => n.DescendantsAndSelf()).OfType<CallExpression>().Any(call =>
            call is { Arguments: [var tested, ..] } && tested.Value.SourceCode == path.Value.SourceCode
            && PackageModel.CalleeName(call) is { } name && PathTests.Contains(name));
    }

    // The statements that run after this one in its function: the rest of its block, then of each enclosing block.
    private static IEnumerable<IrStatement> Later(IrNode statement)
    {
        for (var node = statement; node.Parent is { } parent and not FunctionDecl; node = parent)
            if (node is IrStatement inBlock)
                foreach (var next in inBlock.FollowingInBlock())
                    yield return next;
    }

    public static bool FailsLikeRefusal(IrNode check, IrExpression condition, Block refusal, IrNode act) =>
        HandledLikeRefusal(refusal, act) || RefusesWhenAbsent(check, condition, refusal) is { } whenAbsent
        && refusal.Statements.LastOrDefault() is RaiseStatement && !refusal.DescendantsAndSelf().Any(n => n is ReturnStatement or JumpStatement)
        && LostRaceException(act) is { } exception && exception == (whenAbsent ? "FileNotFoundError" : "FileExistsError")
        && !act.Ancestors().TakeWhile(a => a is not FunctionDecl).OfType<TryStatement>().Any(@try => @try.Body.Span.Contains(act.Span)
            && @try.Handlers.Any(h => CatchesAndGoesOn(h, exception)));

    /// <summary>pathlib's <c>touch()</c>, or an <c>open(p, "a")</c> that is only closed, where the check found no path:
    /// one that appeared in between only gets its time set, or is opened and closed as it is.</summary>
    public static bool TouchKeepsWhatAppeared(IrNode check, IrExpression condition, bool actsWhenConditionHolds, IrNode act) =>
        (act is CallExpression { Callee: MemberAccess { Member: "touch" } } || IsTouchingOpen(act))
        && HoldsWhenAbsent(check, condition, FindingTests) == actsWhenConditionHolds;

    // open(p, "a").close(): an append that writes nothing makes the file if it is missing and leaves one that is there.
    private static bool IsTouchingOpen(IrNode act) =>
        act is CallExpression { Callee: NameExpression { Name: "open" }, Parent: MemberAccess { Member: "close", Parent: CallExpression } } open
        && OpenCall.Mode(open) is LiteralExpression { Value: var mode } && mode.Contains('a') && !mode.Contains('x');

    // The first handler that catches what the act raises on a lost race does what the refusal does, statement for
    // statement (`if os.path.exists(p): try: c = load(open(p)) except Exception: c = {}` with `else: c = {}`).
    private static bool HandledLikeRefusal(Block refusal, IrNode act) =>
        LostRaceException(act) is { } exception && refusal.Statements.Count > 0
        && act.Ancestors().TakeWhile(a => a is not FunctionDecl).OfType<TryStatement>().FirstOrDefault(@try => @try.Body.Span.Contains(act.Span)) is { } @try
        && @try.Handlers.FirstOrDefault(h => Catches(h, exception)) is { } handler
        && handler.Body.Statements.Select(s => s.SourceCode).SequenceEqual(refusal.Statements.Select(s => s.SourceCode));

    // Whether the refusal is for a missing path (true) or a present one (false); null when the condition is not the
    // existence test itself or its negation.
    private static bool? RefusesWhenAbsent(IrNode check, IrExpression condition, Block refusal) =>
        condition.Parent is IfStatement @if && HoldsWhenAbsent(check, condition, ExistenceTests) is { } holds ? ReferenceEquals(refusal, @if.Then) == holds : null;

    // Whether the condition holds when the path is missing (true) or when it is there (false); null when it is not one
    // of the tests itself or its negation.
    private static bool? HoldsWhenAbsent(IrNode check, IrExpression condition, HashSet<string> tests) =>
        check is CallExpression call && PackageModel.CalleeName(call) is { } test && tests.Contains(test)
            ? condition switch
            {
                _ when ReferenceEquals(condition, check) => false,
                UnaryExpression { Operator: "!", Operand: var operand } when ReferenceEquals(operand, check) => true,
                _ => null,
            }
            : null;

    // The handler catches the exception, or a base of it, and does not raise it again.
    private static bool CatchesAndGoesOn(ExceptHandler handler, string exception) =>
        Catches(handler, exception) && handler.Body.Statements.LastOrDefault() is not RaiseStatement;

    private static bool Catches(ExceptHandler handler, string exception) =>
        handler.TypeNames.Count == 0 || handler.TypeNames.Select(t => t.Split('.')[^1]).Any(t => t == exception || BroaderCatches.Contains(t));

    /// <summary>True when the act sits in a try whose handler catches what it raises on a lost race and goes on.</summary>
    public static bool SkipsOnFailure(IrNode act) =>
        LostRaceException(act) is { } exception
        && act.Ancestors().OfType<TryStatement>().Any(@try => @try.Body.Span.Contains(act.Span) && @try.Handlers.Any(h => CatchesAndGoesOn(h, exception)));

    /// <summary>True for a use that raises FileNotFoundError when its path is gone.</summary>
    public static bool FailsWhenMissing(IrNode act) => LostRaceException(act) == "FileNotFoundError";

    // An os or shutil call is named the same on its module or imported by name (os.remove(p), remove(p)).
    public static bool IsRemoval(IrNode act) => act is CallExpression call && PackageModel.CalleeName(call) is { } method && Removals.Contains(method);

    private static string? LostRaceException(IrNode act) => act switch
    {
        CallExpression call when PackageModel.CalleeName(call) is { } method && FailIfAppeared.Contains(method) => "FileExistsError",
        CallExpression call when PackageModel.CalleeName(call) is { } method && FailIfVanished.Contains(method) => "FileNotFoundError",
        CallExpression { Callee: NameExpression { Name: "open" } } call => OpenCall.Mode(call) switch
        {
            null => "FileNotFoundError",
            LiteralExpression { Value: var mode } when mode.Contains('x') => "FileExistsError",
            LiteralExpression { Value: var mode } when !mode.Contains('w') && !mode.Contains('a') => "FileNotFoundError",
            _ => null,
        },
        _ => null,
    };
}
