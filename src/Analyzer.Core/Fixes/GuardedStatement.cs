using Analyzer.Core.Ir;

namespace Analyzer.Core.Fixes;

/// <summary>The shape most check-then-act fixes rewrite, in any language: an <c>if</c> with one statement in its body
/// and no else branch, where that statement is the act; the whole <c>if</c> becomes one atomic call. Helpers for
/// <see cref="CodeFixProvider"/>s.</summary>
public static class GuardedStatement
{
    /// <summary>The <c>if</c> without an else branch whose only statement is <paramref name="statement"/>, or null.
    /// It may have an init statement (Go's <c>if v, ok := m[k]; !ok</c>).</summary>
    public static IfStatement? If(IrStatement statement) =>
        statement.Parent is Block { Statements.Count: 1 } body && body.Parent is IfStatement { Else: null } @if && ReferenceEquals(@if.Then, body)
            ? @if : null;

    /// <summary>The statement that holds <paramref name="node"/> (the act) and nothing else.</summary>
    public static IrStatement? Holding(IrNode node) => node.Parent switch
    {
        ExpressionStatement statement when ReferenceEquals(statement.Expression, node) => statement,
        Assignment assignment when assignment.Targets.Count == 1 && ReferenceEquals(assignment.Targets[0], node) => assignment,
        _ => null,
    };

    /// <summary>True when both are the same code (the same name, the same attribute chain).</summary>
    public static bool Same(IrNode a, IrNode b) => a.SourceCode == b.SourceCode;

    /// <summary>True when evaluating <paramref name="value"/> early or not at all changes nothing: a literal, a name or
    /// an attribute of one.</summary>
    public static bool IsPlain(IrExpression value) => value switch
    {
        LiteralExpression or NameExpression => true,
        MemberAccess member => IsPlain(member.Target),
        _ => false,
    };
}
