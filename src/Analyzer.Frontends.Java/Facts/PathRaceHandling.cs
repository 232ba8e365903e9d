using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Java.Facts;

/// <summary>
/// Whether Java code tolerates the failure a lost file-system race causes. <c>File.delete()</c> reports a path that
/// vanished in between by returning false; a call whose result is dropped (<c>if (f.exists()) f.delete();</c>) has
/// nothing to go wrong, and on a path swapped for a link it removes the link, not what it points to (<c>Files.delete</c>
/// throws instead, and is handled only by a catch). An act inside a
/// <c>try</c> that catches the exception of the lost race — <c>NoSuchFileException</c> or <c>FileNotFoundException</c>
/// for a path that vanished, <c>FileAlreadyExistsException</c> for one that appeared — handles it where it happens.
/// </summary>
internal static class PathRaceHandling
{
    private static readonly HashSet<string> LostRaceExceptions = ["NoSuchFileException", "FileNotFoundException", "FileAlreadyExistsException"];

    public static bool IsHandled(IrNode act) =>
        act is CallExpression { Callee: MemberAccess { Member: "delete", Target: not NameExpression { Name: "Files" } } } && act.Parent is ExpressionStatement
        || InTryBodyCatchingLostRace(act);

    // Walks up from the act: a try counts when the act is in its body (not in a handler or its finally).
    private static bool InTryBodyCatchingLostRace(IrNode act)
    {
        var child = act;
        foreach (var node in act.Ancestors())
        {
            if (node is TryStatement @try && ReferenceEquals(child, @try.Body)
                && @try.Handlers.Any(h => h.TypeNames.Any(name => LostRaceExceptions.Contains(JavaTypes.Base(name)))))
                return true;
            child = node;
        }
        return false;
    }
}
