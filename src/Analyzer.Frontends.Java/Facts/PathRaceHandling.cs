using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Java.Facts;

/// <summary>
/// Whether Java code tolerates the failure a lost file-system race causes. <c>File.delete()</c> reports a path that
/// vanished in between by returning false; a call whose result is dropped (<c>if (f.exists()) f.delete();</c>) has
/// nothing to go wrong, and on a path swapped for a link it removes the link, not what it points to (<c>Files.delete</c>
/// throws instead, and is handled only by a catch). An act inside a
/// <c>try</c> that catches the exception of the lost race — <c>NoSuchFileException</c> or <c>FileNotFoundException</c>
/// for a path that vanished, <c>FileAlreadyExistsException</c> for one that appeared — handles it where it happens.
/// <para>
/// A lost race is also harmless when it only changes which exception leaves the function: the check asks only whether
/// the path is there (<c>f.exists()</c>, <c>Files.exists(p)</c>, alone or negated; <c>isFile()</c> asks what it is),
/// the branch taken when it is not throws, and the act is one that throws when the path vanished
/// (<c>new FileInputStream(f)</c>, <c>Files.newInputStream(p)</c>, <c>Files.readAllBytes(p)</c>, <c>Files.delete(p)</c>,
/// …) with nothing around it in the function that catches the exception and goes on. Or it only gives the answer the
/// refusal gives: the branch taken when the path is not there returns false, and the function returns what
/// <c>f.delete()</c> answers, false for a path that vanished in between.
/// </para>
/// </summary>
internal static class PathRaceHandling
{
    private static readonly HashSet<string> LostRaceExceptions = ["NoSuchFileException", "FileNotFoundException", "FileAlreadyExistsException"];

    private static readonly HashSet<string> FailIfVanished =
        ["FileInputStream", "FileReader", "newInputStream", "newBufferedReader", "readAllBytes", "readAllLines", "readString", "lines", "delete"];

    public static bool FailsLikeRefusal(IrNode check, IrExpression condition, Block refusal, IrNode act) =>
        RefusesWhenAbsent(check, condition, refusal)
        && (EndsInThrow(refusal) && ThrowsWhenVanished(act) && NothingCatches(act) || AnswersFalse(refusal) && ReturnsFileDeleteAnswer(act));

    private static bool AnswersFalse(Block refusal) =>
        refusal.Statements is [.., ReturnStatement { Values: [LiteralExpression { LiteralKind: LiteralKind.Boolean, Value: "false" }] }];

    // return f.delete(): false for a path that vanished in between, the same answer the refusal gives.
    private static bool ReturnsFileDeleteAnswer(IrNode act) =>
        act is CallExpression { Callee: MemberAccess { Member: "delete", Target: not NameExpression { Name: "Files" } } } && act.Parent is ReturnStatement;

    // The condition is the existence check, bare or negated, and the refusal is the branch taken when the path is not there.
    private static bool RefusesWhenAbsent(IrNode check, IrExpression condition, Block refusal)
    {
        if (check is not CallExpression { Callee: MemberAccess { Member: "exists" } } || condition.Parent is not IfStatement @if) return false;
        var present = true;
        while (condition is UnaryExpression { Operator: "!", Operand: var negated })
        {
            condition = negated;
            present = !present;
        }
        return ReferenceEquals(condition, check) && ReferenceEquals(refusal, @if.Then) != present;
    }

    private static bool EndsInThrow(Block block) =>
        block.Statements.LastOrDefault() is RaiseStatement && !block.DescendantsAndSelf().Any(n => n is ReturnStatement or JumpStatement);

    private static bool ThrowsWhenVanished(IrNode act) => act switch
    {
        CallExpression { Callee: NameExpression { Name: "RandomAccessFile" }, Arguments: [_, { Value: LiteralExpression { Value: "r" } }] } => true,
        CallExpression { Callee: NameExpression { Name: var stream } } => FailIfVanished.Contains(stream),
        CallExpression { Callee: MemberAccess { Target: NameExpression { Name: "Files" }, Member: var operation } } => FailIfVanished.Contains(operation),
        _ => false,
    };

    // Up to its function, the act is in no lambda and in no try body with a handler that goes on instead of throwing.
    private static bool NothingCatches(IrNode act)
    {
        var child = act;
        foreach (var node in act.Ancestors())
        {
            if (node is FunctionDecl) return true;
            if (node is FunctionLiteral) return false;
            if (node is TryStatement @try && ReferenceEquals(child, @try.Body) && !@try.Handlers.All(h => EndsInThrow(h.Body))) return false;
            child = node;
        }
        return false;
    }

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
