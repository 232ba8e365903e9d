using System.Runtime.CompilerServices;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Finds the functions nested too deep to analyze. The analysis walks a function's statements and expressions
/// recursively (the flow walker, the function's scope, the language facts), so a function nested thousands of levels
/// deep, which the parser accepts under its own caps (brackets, not statements or operator chains), would overflow the
/// stack and kill the process. Such a function is skipped, with a diagnostic where it passes the limit, and the rest of
/// the file is analyzed. Levels are statements and expressions, each inside the one before (a block is not a level);
/// the deepest function of Kubernetes 1.20.2 has 127 (one chain of builder calls in a vendored codec registry), of
/// Django 3.2.25 23.
/// </summary>
internal static class FunctionNesting
{
    /// <summary>The deepest a function may nest and be analyzed.</summary>
    public const int MaxDepth = 400;

    /// <summary>How many levels deep <paramref name="function"/> nests.</summary>
    public static int DepthOf(FunctionDecl function)
    {
        var deepest = 0;
        var pending = new Stack<(IrNode Node, int Level)>();
        pending.Push((function, 0));
        while (pending.TryPop(out var entry))
        {
            deepest = Math.Max(deepest, entry.Level);
            var children = entry.Node.Children;
            for (var i = 0; i < children.Count; i++) pending.Push((children[i], children[i] is Block ? entry.Level : entry.Level + 1));
        }
        return deepest;
    }

    /// <summary>The outermost functions of <paramref name="module"/> nested deeper than <see cref="MaxDepth"/>, in
    /// source order. Found once per module: the engine asks when it reports them, the package model when it leaves
    /// them out.</summary>
    public static IReadOnlyList<TooDeepFunction> TooDeep(Module module) => Found.GetValue(module, Find);

    private static readonly ConditionalWeakTable<Module, IReadOnlyList<TooDeepFunction>> Found = new();

    private static IReadOnlyList<TooDeepFunction> Find(Module module)
    {
        var deepest = new Dictionary<FunctionDecl, (int Depth, IrNode First)>(ReferenceEqualityComparer.Instance);
        // Depth-first without recursion: the module may be as deep as the lowering's stack allowed. Each entry is a node
        // with its level inside the outermost function that holds it, and that function (null outside any).
        var pending = new Stack<(IrNode Node, int Level, FunctionDecl? Function)>();
        pending.Push((module, 0, null));
        while (pending.TryPop(out var entry))
        {
            var (node, level, function) = entry;
            if (function is null && node is FunctionDecl outermost)
                (level, function) = (0, outermost);
            else if (function is not null && node is not Block)
                level++;
            if (function is not null && level > MaxDepth)
            {
                // The deepest level, and the node that first passes the limit in source order.
                var first = deepest.TryGetValue(function, out var known) && known.First.Span.StartOffset <= node.Span.StartOffset ? known.First : node;
                deepest[function] = (Math.Max(level, known.Depth), first);
            }
            var children = node.Children;
            for (var i = 0; i < children.Count; i++) pending.Push((children[i], level, function));
        }
        return deepest.Select(p => new TooDeepFunction(p.Key, p.Value.Depth, p.Value.First))
            .OrderBy(t => t.Function.Span.StartOffset).ToList();
    }

    /// <summary>The diagnostic of a function skipped for its depth, where it first passes the limit.</summary>
    public static ParseDiagnostic Diagnostic(TooDeepFunction skipped) =>
        new(skipped.PastTheLimit.Span, DiagnosticSeverity.Error,
            $"the function '{skipped.Function.Name}' is nested too deep to analyze ({skipped.Depth} levels of statements and expressions, the limit is {MaxDepth}); " +
            "it was skipped and the rest of the file analyzed — split it into smaller functions");
}

/// <summary>A function nested deeper than <see cref="FunctionNesting.MaxDepth"/>: how deep, and its first node past the limit.</summary>
internal sealed record TooDeepFunction(FunctionDecl Function, int Depth, IrNode PastTheLimit);
