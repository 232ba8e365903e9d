using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// Whether Python code handles the exception a lost file-system race raises. Only an act that fails when it loses the
/// race can be handled: one that creates raises FileExistsError when the path appeared in between (mkdir, makedirs,
/// link, symlink, open 'x'), one that uses or removes a path raises FileNotFoundError when it vanished (remove, unlink,
/// rmdir, rename, open for reading, …); one that overwrites (open 'w', copy) raises nothing. Handled means the act sits
/// in a <c>try</c> body with an <c>except</c> for that exception whose body does something other than re-raise. A
/// broad <c>except OSError</c> does not count: it is there for other failures as often as not.
/// <c>shutil.rmtree(p, ignore_errors=True)</c> handles a vanished path by itself.
/// </summary>
internal static class PathRaceHandling
{
    private static readonly HashSet<string> FailIfAppeared = ["mkdir", "makedirs", "link", "symlink"];
    private static readonly HashSet<string> FailIfVanished = ["remove", "unlink", "rmdir", "removedirs", "rename", "replace", "chmod", "chown"];

    public static bool IsHandled(IrNode act)
    {
        if (act is CallExpression { Callee: MemberAccess { Member: "rmtree" } } rmtree && KeywordArguments.IsTrue(rmtree, "ignore_errors"))
            return true;
        var exception = LostRaceException(act);
        return exception is not null && act.Ancestors().OfType<TryStatement>().Any(@try => @try.Body.Span.Contains(act.Span)
            && @try.Handlers.Any(h => h.TypeNames.Any(t => t.Split('.')[^1] == exception) && !h.Body.Statements.All(s => s is RaiseStatement)));
    }

    private static string? LostRaceException(IrNode act) => act switch
    {
        CallExpression { Callee: MemberAccess { Member: var method } } when FailIfAppeared.Contains(method) => "FileExistsError",
        CallExpression { Callee: MemberAccess { Member: var method } } when FailIfVanished.Contains(method) => "FileNotFoundError",
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
