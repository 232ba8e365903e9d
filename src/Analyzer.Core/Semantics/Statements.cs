using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>Walks that respect execution: a closure's body runs at another time, so it is not part of its function.</summary>
public static class Statements
{
    /// <summary>The function's own return statements, not those of the functions nested in it.</summary>
    public static IEnumerable<ReturnStatement> ReturnsOf(FunctionDecl function) =>
        function.Body is { } body ? WalkSkippingClosures(body).OfType<ReturnStatement>() : [];

    private static IEnumerable<IrNode> WalkSkippingClosures(IrNode root)
    {
        var stack = new Stack<IrNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (node is FunctionLiteral or FunctionDecl or TypeDecl && !ReferenceEquals(node, root)) continue;
            var children = node.Children;
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }
}
