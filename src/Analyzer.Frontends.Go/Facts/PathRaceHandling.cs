using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Go.Facts;

/// <summary>
/// Whether Go code handles the error a lost file-system race causes. Only an act that fails when it loses the race
/// can be handled: one that creates fails with "exists" when the path appeared in between (Mkdir, Link, Symlink), one
/// that uses or removes a path fails with "does not exist" when it vanished (Remove, Open, Rename, Chmod, …); one that
/// overwrites (Create, WriteFile) does not fail at all. Handled means the act's error variable is tested for that
/// failure — <c>os.IsExist</c> / <c>os.IsNotExist</c>, or <c>errors.Is(err, fs.ErrExist)</c> / <c>ErrNotExist</c> — in
/// the <c>if</c> that holds the act or the one right after it. <c>RemoveAll</c> handles the lost race by itself: it
/// returns no error for a path that does not exist.
/// </summary>
internal static class PathRaceHandling
{
    private static readonly HashSet<string> FailIfAppeared = ["Mkdir", "Link", "Symlink"];
    private static readonly HashSet<string> FailIfVanished = ["Remove", "Open", "Rename", "Chmod", "Chown", "Truncate", "ReadFile"];

    public static bool IsHandled(IrNode act)
    {
        if (act is not CallExpression { Callee: MemberAccess { Member: var function } }) return false;
        if (function == "RemoveAll") return true;
        var (test, sentinel) = FailIfAppeared.Contains(function) ? ("IsExist", "ErrExist")
            : FailIfVanished.Contains(function) ? ("IsNotExist", "ErrNotExist")
            : (null, null);
        if (test is null || act.Ancestors().OfType<IrStatement>().FirstOrDefault() is not Assignment assignment) return false;
        var errors = assignment.Targets.OfType<NameExpression>().Select(n => n.Name).Where(n => n != "_").ToHashSet(StringComparer.Ordinal);
        var branch = assignment.Parent is IfStatement own && ReferenceEquals(own.Init, assignment) ? own
            : assignment.Parent is Block block ? Next(block, assignment) as IfStatement : null;
        return branch is not null && branch.Condition.DescendantsAndSelf().OfType<CallExpression>().Any(call => Tests(call, errors, test, sentinel!));
    }

    private static IrStatement? Next(Block block, IrStatement statement)
    {
        for (var i = 0; i + 1 < block.Statements.Count; i++)
            if (ReferenceEquals(block.Statements[i], statement)) return block.Statements[i + 1];
        return null;
    }

    private static bool Tests(CallExpression call, HashSet<string> errors, string test, string sentinel) => call.Callee switch
    {
        MemberAccess { Target: NameExpression { Name: "os" }, Member: var member } when member == test =>
            call.Arguments.Any(a => a.Value is NameExpression { Name: var name } && errors.Contains(name)),
        MemberAccess { Target: NameExpression { Name: "errors" }, Member: "Is" } when call.Arguments.Count == 2 =>
            call.Arguments[0].Value is NameExpression { Name: var name } && errors.Contains(name)
            && call.Arguments[1].Value is MemberAccess { Target: NameExpression { Name: "fs" or "os" }, Member: var error } && error == sentinel,
        _ => false,
    };
}
