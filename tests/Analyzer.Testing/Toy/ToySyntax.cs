using Analyzer.Core.Ir;
using Analyzer.Core.Text;

namespace Analyzer.Testing.Toy;

/// <summary>What the toy rules need to know about toy IR.</summary>
internal static class ToySyntax
{
    /// <summary>True when <paramref name="node"/> is <c>keyword NAME</c>; <paramref name="name"/> is its NAME.</summary>
    public static bool IsStatementCall(IrNode node, string keyword, out string name)
    {
        name = string.Empty;
        if (node is not CallExpression { Callee: NameExpression callee, Arguments: [{ Value: NameExpression argument }] } || callee.Name != keyword)
            return false;
        name = argument.Name;
        return true;
    }

    /// <summary>The last check of <paramref name="name"/> (a <c>check NAME</c> or an <c>if NAME {</c> condition) in
    /// <paramref name="function"/> before <paramref name="offset"/>, or null.</summary>
    public static IrNode? PrecedingCheck(FunctionDecl function, string name, int offset) =>
        function.DescendantsAndSelf()
            .Where(n => n.Span.EndOffset <= offset && IsCheckOf(n, name))
            .LastOrDefault();

    /// <summary>"Owner.name" for a method, "name" for a function.</summary>
    public static string DisplayName(FunctionDecl function) =>
        function.OwnerType is null ? function.Name : $"{function.OwnerType}.{function.Name}";

    /// <summary>The whole source lines <paramref name="span"/> covers.</summary>
    public static string LinesOf(SourceText text, SourceSpan span) =>
        string.Join('\n', Enumerable.Range(span.StartLine, span.EndLine - span.StartLine + 1).Select(text.Line));

    private static bool IsCheckOf(IrNode node, string name) =>
        (IsStatementCall(node, "check", out var checkedName) && checkedName == name)
        || (node is NameExpression n && n.Name == name && n.Parent is IfStatement i && ReferenceEquals(i.Condition, n));
}
