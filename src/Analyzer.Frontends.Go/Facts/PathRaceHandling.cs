using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Go.Facts;

/// <summary>
/// Whether Go code handles the error a lost file-system race causes. Only an act that fails when it loses the race
/// can be handled: one that creates fails with "exists" when the path appeared in between (Mkdir, Link, Symlink), one
/// that uses or removes a path fails with "does not exist" when it vanished (Remove, Open, Rename, Chmod, …), and a
/// Rename of a directory fails with "exists" onto one that appeared; one that overwrites (Create, WriteFile) does not
/// fail at all. Handled means the act's error variable is tested for that failure — <c>os.IsExist</c> /
/// <c>os.IsNotExist</c>, <c>errors.Is(err, fs.ErrExist)</c> / <c>ErrNotExist</c>, or the system's error number
/// (<c>pe.Err == syscall.EEXIST</c>, <c>errors.Is(err, syscall.ENOENT)</c>) — in the <c>if</c> that holds the act or
/// the one right after it, or in an <c>if</c> or a <c>switch</c> case directly inside that one's branch (<c>if err !=
/// nil { if os.IsNotExist(err) { … } }</c>, <c>switch { case os.IsExist(err): … }</c>), or that branch stats the path
/// again to see what became of it. <c>RemoveAll</c> handles the lost race by itself: it returns no error for a path
/// that does not exist; so does a
/// <c>Remove</c> whose error is dropped (<c>os.Remove(p)</c> as a statement, or into <c>_</c>): one that lost the race
/// finds the path already gone, which is what it was for.
/// <para>
/// A lost race is also harmless when it only changes which error the function returns: <c>os.Stat</c> asked only
/// whether the path exists (its result is not tested, only its error), the branch taken when it does not returns an
/// error, and the act's error is returned as well (<c>if err != nil { return …, err }</c>, or <c>return os.Remove(p)</c>).
/// </para>
/// <para>
/// So is one after which every failure ends the function with an error: <c>os.Stat</c>, whose failure ends it with an
/// error and whose result is asked at most what kind of file the path is (<c>IsDir()</c>, <c>Mode().IsRegular()</c>),
/// and then a read (<c>os.Open</c>, <c>ReadFile</c>, <c>ReadDir</c>) whose error is returned. The read follows links
/// as the stat does and fails by itself on a path that vanished or is of another kind, so a lost race ends with an
/// error, as a path gone before the stat would have. A stat that finds nothing fine (<c>if os.IsNotExist(err) {
/// return nil }</c>) keeps the finding: losing the race turns "nothing to read" into a failure. So does an
/// <c>os.Lstat</c>, which does not follow the link a read would, and a size or mode the read does not check again.
/// </para>
/// </summary>
internal static class PathRaceHandling
{
    private static readonly HashSet<string> FailIfAppeared = ["Mkdir", "Link", "Symlink"];
    private static readonly HashSet<string> FailIfVanished = ["Remove", "Open", "Rename", "Chmod", "Chown", "Truncate", "ReadFile", "ReadDir", "Stat", "Lstat"];
    private static readonly HashSet<string> Removals = ["Remove", "RemoveAll"];
    private static readonly HashSet<string> Reads = ["Open", "ReadFile", "ReadDir"];

    public static bool IsHandled(IrNode act)
    {
        if (act is not CallExpression { Callee: MemberAccess { Member: var function } }) return false;
        if (function == "RemoveAll" || function == "Remove" && DropsError(act)) return true;
        var outcomes = new List<(string Test, string Sentinel, string Errno)>();
        if (FailIfAppeared.Contains(function) || function == "Rename") outcomes.Add(("IsExist", "ErrExist", "EEXIST"));
        if (FailIfVanished.Contains(function)) outcomes.Add(("IsNotExist", "ErrNotExist", "ENOENT"));
        if (outcomes.Count == 0 || act.Ancestors().OfType<IrStatement>().FirstOrDefault() is not Assignment assignment
            || ErrorBranch(assignment) is not { } branch) return false;
        var errors = assignment.Targets.OfType<NameExpression>().Select(n => n.Name).Where(n => n != "_").ToHashSet(StringComparer.Ordinal);
        // The branch's condition, and those of the ifs and switch cases right inside it.
        var conditions = branch.Then.Statements.OfType<IfStatement>().Select(nested => (IrNode)nested.Condition)
            .Concat(branch.Then.Statements.OfType<SwitchStatement>().SelectMany(s => s.Cases.SelectMany(c => c.Labels)))
            .Prepend(branch.Condition);
        return outcomes.Any(o => conditions.Any(c => c.DescendantsAndSelf().OfType<CallExpression>().Any(call => Tests(call, errors, o.Test, o.Sentinel, o.Errno))
                                                     || c.DescendantsAndSelf().OfType<BinaryExpression>().Any(b => b.Operator is "==" or "!=" && (IsErrno(b.Left, o.Errno) || IsErrno(b.Right, o.Errno)))))
               || StatsAgain(branch.Then, (CallExpression)act);
    }

    /// <summary>True for an os (or ioutil) call that fails with "does not exist" when its path is gone.</summary>
    public static bool FailsWhenMissing(IrNode act) =>
        act is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "os" or "ioutil" }, Member: var function } } && FailIfVanished.Contains(function);

    /// <summary>True for os.Remove and os.RemoveAll.</summary>
    public static bool IsRemoval(IrNode act) =>
        act is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "os" }, Member: var function } } && Removals.Contains(function);

    /// <summary>True when the if that tests the act's error goes on with the loop's next turn (<c>if err != nil { log(err);
    /// continue }</c>).</summary>
    public static bool SkipsOnFailure(IrNode act) =>
        act.Ancestors().OfType<IrStatement>().FirstOrDefault() is Assignment { Targets: [.., NameExpression { Name: var error }] } assignment
        && ErrorBranch(assignment) is { } branch && branch.Condition.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == error)
        && branch.Then.Statements.LastOrDefault() is JumpStatement { JumpKind: JumpKind.Continue };

    private static bool DropsError(IrNode act) => act.Parent switch
    {
        ExpressionStatement => true,
        Assignment { Targets: [NameExpression { Name: "_" }] } => true,
        _ => false,
    };

    // The if that tests the error an assignment's call returned: the one whose init the assignment is, or the statement
    // that runs next (after the if whose branch the assignment ends: `if acl { err = mkdirACL(p) } else { err =
    // os.Mkdir(p, 0) }; if err != nil { … }`).
    private static IfStatement? ErrorBranch(Assignment assignment) =>
        assignment.Parent is IfStatement own && ReferenceEquals(own.Init, assignment) ? own
        : assignment.Parent is Block block ? After(block, assignment) as IfStatement : null;

    private static IrStatement? After(Block block, IrStatement statement)
    {
        if (Next(block, statement) is { } next) return next;
        var branch = block.Parent;
        while (branch is IfStatement { Parent: IfStatement chained } && ReferenceEquals(chained.Else, branch)) branch = chained;
        return branch is IfStatement ended && ended.Parent is Block outer ? After(outer, ended) : null;
    }

    // The error branch looks at the path again (os.Stat, os.Lstat, or a file system's: fs.Stat(fsys, p), fsys.Stat(p))
    // to see what became of it.
    private static bool StatsAgain(Block branch, CallExpression act) =>
        act.Arguments.Count > 0 && branch.DescendantsAndSelf().OfType<CallExpression>().Any(call =>
            call.Callee is MemberAccess { Member: "Stat" or "Lstat" } && call.Arguments.Any(a => a.Value.SourceCode == act.Arguments[0].Value.SourceCode));

    private static bool IsStat(IrNode node) =>
        node is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "os" }, Member: "Stat" or "Lstat" } };

    public static bool ReadRechecks(IrNode check, IrNode act) =>
        StatRefusedOnError(check, AsksKind) is not null && ReturnsItsError(act, Reads);

    public static bool OverwriteIgnoresCheck(IrNode check, IrNode act) =>
        StatRefusedOnError(check, AsksMode) is { } failed && !failed.Then.Span.Contains(act.Span) && OverwritesWhateverIsThere(act)
        || RenamesOntoChecked(check, act);

    // os.Rename(tmp, p) after a check of p (RenamesOntoCheckedPath), unless tmp is a directory os.MkdirTemp made.
    private static bool RenamesOntoChecked(IrNode check, IrNode act) =>
        RenamesOntoCheckedPath.Holds(check, act,
            IsRename,
            made => made.Callee is MemberAccess { Target: NameExpression { Name: "os" or "ioutil" }, Member: "MkdirTemp" or "TempDir" });

    // The if after an os.Stat that tests its error and turns the function away with an error on every way out of that
    // branch, when the FileInfo the stat returned is dropped or only asked what `asked` allows; null otherwise.
    private static IfStatement? StatRefusedOnError(IrNode check, Func<NameExpression, bool> asked) =>
        check is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "os" }, Member: "Stat" } }
        && check.Ancestors().OfType<IrStatement>().FirstOrDefault() is Assignment { Targets: [var info, NameExpression { Name: var error }] } statement
        && AsksOnly(info, statement, asked)
        && ErrorBranch(statement) is { } failed && failed.Condition.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == error)
        && !HoldsWhenFound(failed.Condition) && EveryExitIsAnError(failed.Then)
            ? failed
            : null;

    // A test that also holds when the stat found the path (`!os.IsNotExist(err)`, `err == nil`): its branch turns away a
    // path that is there, which is what an overwrite after it must not meet.
    private static bool HoldsWhenFound(IrExpression condition) =>
        condition.DescendantsAndSelf().Any(n => n is UnaryExpression { Operator: "!", Operand: CallExpression test } && PackageModel.CalleeName(test) is "IsNotExist" or "Is"
                                                || n is BinaryExpression { Operator: "==", Right: LiteralExpression { LiteralKind: LiteralKind.Null } });

    // A write that creates the file if it is missing and truncates it if not: os.WriteFile, os.Create, os.OpenFile with
    // O_CREATE and without O_EXCL.
    private static bool OverwritesWhateverIsThere(IrNode act) =>
        act is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "os" or "ioutil" }, Member: var function } } call
        && (function is "WriteFile" or "Create"
            || function == "OpenFile" && call.Arguments.Count > 1 && call.Arguments[1].Value.SourceCode is var flags
               && flags.Contains("O_CREATE", StringComparison.Ordinal) && !flags.Contains("O_EXCL", StringComparison.Ordinal));

    // The FileInfo the stat returned is dropped, or every use of it is one `asked` allows.
    private static bool AsksOnly(IrExpression info, Assignment statement, Func<NameExpression, bool> asked)
    {
        if (info is NameExpression { Name: "_" }) return true;
        if (info is not NameExpression { Name: var name } || statement.EnclosingFunction() is not { Body: { } body }) return false;
        return body.DescendantsAndSelf().OfType<NameExpression>().Where(n => n.Name == name && !ReferenceEquals(n, info)).All(asked);
    }

    // Asked only for the permissions a create gives the file (Mode()).
    private static bool AsksMode(NameExpression use) => use.Parent is MemberAccess { Member: "Mode", Parent: CallExpression };

    // Asked only what kind of file it describes (IsDir(), Mode().IsRegular()): not its size, permissions or times, which
    // a read does not re-check.
    private static bool AsksKind(NameExpression use) =>
        use.Parent is MemberAccess { Member: "IsDir" } asked && asked.Parent is CallExpression
        || use.Parent is MemberAccess { Member: "Mode", Parent: CallExpression { Parent: MemberAccess { Member: "IsDir" or "IsRegular" } } };

    public static bool FailsLikeRefusal(IrNode check, IrExpression condition, Block refusal, IrNode act) =>
        RefusesWhenAbsent(check, condition, refusal) is { } whenAbsent
        && EveryExitIsAnError(refusal)
        && ReturnsItsError(act, whenAbsent ? FailIfVanished : FailIfAppeared);

    /// <summary>An <c>os.OpenFile</c> that creates without truncating or insisting on a new file, its file only closed,
    /// where the stat found no path: one that appeared in between is opened and closed as it is.</summary>
    public static bool CreateKeepsWhatAppeared(IrNode check, IrExpression condition, bool actsWhenConditionHolds, IrNode act) =>
        act is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "os" }, Member: "OpenFile" } } open
        && open.Arguments.Count > 1 && open.Arguments[1].Value.SourceCode is var flags
        && flags.Contains("O_CREATE", StringComparison.Ordinal) && !flags.Contains("O_TRUNC", StringComparison.Ordinal) && !flags.Contains("O_EXCL", StringComparison.Ordinal)
        && open.Ancestors().OfType<IrStatement>().FirstOrDefault() is Assignment { Targets: [var file, _] } opened
        && AsksOnly(file, opened, use => use.Parent is MemberAccess { Member: "Close", Parent: CallExpression })
        && HoldsWhenAbsent(check, condition) == actsWhenConditionHolds;

    // Whether the refusal is for a missing path (true) or a present one (false); null when the condition asks more
    // than that (it tests the FileInfo, not only the error) or asks it in a way not recognized.
    private static bool? RefusesWhenAbsent(IrNode check, IrExpression condition, Block refusal) =>
        condition.Parent is IfStatement @if && HoldsWhenAbsent(check, condition) is { } holds ? ReferenceEquals(refusal, @if.Then) == holds : null;

    // Whether the condition holds when the stat found no path (true) or found one (false).
    private static bool? HoldsWhenAbsent(IrNode check, IrExpression condition) =>
        !AsksOnlyExistence(check, condition) ? null : condition switch
        {
            BinaryExpression { Operator: "!=", Right: LiteralExpression { LiteralKind: LiteralKind.Null } } => true,
            BinaryExpression { Operator: "==", Right: LiteralExpression { LiteralKind: LiteralKind.Null } } => false,
            CallExpression call when IsNotExistTest(call) => true,
            UnaryExpression { Operator: "!", Operand: CallExpression call } when IsNotExistTest(call) => false,
            _ => null,
        };

    private static bool IsNotExistTest(CallExpression call) =>
        call.Callee is MemberAccess { Target: NameExpression { Name: "os" }, Member: "IsNotExist" };

    // The stat's result (the FileInfo) is not what the condition tests: only its error is.
    private static bool AsksOnlyExistence(IrNode check, IrExpression condition)
    {
        if (!IsStat(check)) return false;
        if (check.Ancestors().OfType<IrStatement>().FirstOrDefault() is not Assignment { Targets: [var info, _] }) return false;
        return info is NameExpression { Name: "_" }
            || info is NameExpression { Name: var name } && !condition.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == name);
    }

    private static bool IsRename(CallExpression call) => call.Callee is MemberAccess { Target: NameExpression { Name: "os" }, Member: "Rename" };

    // A create-or-truncate write overwrites the path it is given; a rename replaces its destination.
    public static LostPathRace Outcome(CallExpression act, IrExpression path) =>
        act.Arguments.Count > 0 && ReferenceEquals(act.Arguments[0].Value, path) && OverwritesWhateverIsThere(act) ? LostPathRace.Overwrites
        : IsRename(act) && act.Arguments is [_, var destination] && ReferenceEquals(destination.Value, path) ? LostPathRace.Replaces
        : LostPathRace.Fails;

    private static bool ReturnsItsError(IrNode act, HashSet<string> failsOnLostRace)
    {
        if (act is not CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "os" or "ioutil" }, Member: var function } }
            || !failsOnLostRace.Contains(function)) return false;
        var statement = act.Ancestors().OfType<IrStatement>().FirstOrDefault();
        if (statement is ReturnStatement) return true;
        if (statement is not Assignment { Targets: [.., NameExpression { Name: var error }] } assignment || error == "_") return false;
        var branch = ErrorBranch(assignment);
        return branch is not null && branch.Condition.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == error) && EveryExitIsAnError(branch.Then);
    }

    // The block ends by returning an error (err, fmt.Errorf(…), errors.New(…)), panicking or exiting with a failure
    // status; every return inside it returns an error too, and nothing in it jumps out another way (continue, break,
    // goto).
    private static bool EveryExitIsAnError(Block block) =>
        EndsInError(block.Statements.LastOrDefault())
        && block.DescendantsAndSelf().OfType<IrStatement>()
            .Where(r => !r.Ancestors().TakeWhile(a => !ReferenceEquals(a, block)).Any(a => a is FunctionLiteral))
            .All(r => r is ReturnStatement { Values: [.., var last] } ? IsError(last) : r is not (ReturnStatement or JumpStatement));

    // A return of an error, a panic, a failed exit, or a switch with a default whose every case ends in one of those.
    private static bool EndsInError(IrStatement? last) => last switch
    {
        ReturnStatement { Values: [.., var value] } => IsError(value),
        ExpressionStatement { Expression: CallExpression { Callee: var callee } call } =>
            callee is NameExpression { Name: "panic" }
            || callee is MemberAccess { Member: var member } && (member.StartsWith("Fatal", StringComparison.Ordinal)
                || member == "Exit" && call.Arguments is not [{ Value: LiteralExpression { Value: "0" } }]),
        SwitchStatement { Cases: var cases } => cases.Any(c => c.IsDefault) && cases.All(c => EndsInError(c.Body.Statements.LastOrDefault())),
        _ => false,
    };

    private static bool IsError(IrExpression value) => value switch
    {
        NameExpression { Name: var name } => name.Contains("err", StringComparison.OrdinalIgnoreCase),
        CallExpression { Callee: var callee } => callee.SourceCode.Contains("err", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static IrStatement? Next(Block block, IrStatement statement)
    {
        for (var i = 0; i + 1 < block.Statements.Count; i++)
            if (ReferenceEquals(block.Statements[i], statement)) return block.Statements[i + 1];
        return null;
    }

    private static bool Tests(CallExpression call, HashSet<string> errors, string test, string sentinel, string errno) => call.Callee switch
    {
        MemberAccess { Target: NameExpression { Name: "os" }, Member: var member } when member == test =>
            call.Arguments.Any(a => a.Value is NameExpression { Name: var name } && errors.Contains(name)),
        MemberAccess { Target: NameExpression { Name: "errors" }, Member: "Is" } when call.Arguments.Count == 2 =>
            call.Arguments[0].Value is NameExpression { Name: var name } && errors.Contains(name)
            && (call.Arguments[1].Value is MemberAccess { Target: NameExpression { Name: "fs" or "os" }, Member: var error } && error == sentinel
                || IsErrno(call.Arguments[1].Value, errno)),
        _ => false,
    };

    // The system's error number for the lost race (syscall.EEXIST, unix.ENOENT), which the *os.PathError of a failed
    // call holds in its Err field.
    private static bool IsErrno(IrExpression value, string errno) =>
        value is MemberAccess { Target: NameExpression { Name: "syscall" or "unix" }, Member: var member } && member == errno;
}
