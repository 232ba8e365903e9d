using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>
/// A node of the shared intermediate representation. Every node has an exact span; the tree is language-neutral,
/// close to the source, and keeps the source language's evaluation order.
/// </summary>
public abstract class IrNode(SourceSpan span)
{
    /// <summary>Where the node is in its file.</summary>
    public SourceSpan Span { get; } = span;

    /// <summary>The node's kind; rules register callbacks per kind.</summary>
    public abstract IrKind Kind { get; }

    private IrNode[]? _children;

    /// <summary>The node's children, in source order. Kept after the first walk: every analysis walks the tree several
    /// times, and an iterator per node and walk was a large part of the scan's allocation.</summary>
    public IReadOnlyList<IrNode> Children => _children ??= ChildNodes.ToArray() is { Length: > 0 } children ? children : [];

    /// <summary>The node's children, in source order, as its kind defines them.</summary>
    protected abstract IEnumerable<IrNode> ChildNodes { get; }

    /// <summary>The enclosing node; null for a <see cref="Module"/> (set when the module is built).</summary>
    public IrNode? Parent { get; internal set; }

    /// <summary>The module this node belongs to.</summary>
    public Module Module
    {
        get
        {
            var node = this;
            while (node.Parent is not null) node = node.Parent;
            return node as Module ?? throw new InvalidOperationException("node is not attached to a module");
        }
    }

    /// <summary>The source text the node covers.</summary>
    public string SourceCode => Module.Text.Slice(Span);

    /// <summary>This node and every node below it, in source (pre-)order.</summary>
    public IEnumerable<IrNode> DescendantsAndSelf() => DescendantsAndSelf(static _ => true);

    /// <summary>True when an assignment in this node or below it gives a plain name that <paramref name="named"/>
    /// accepts a value.</summary>
    public bool AssignsName(Func<string, bool> named) =>
        DescendantsAndSelf().OfType<Assignment>().Any(a => a.Targets.Any(t => t is NameExpression { Name: var name } && named(name)));

    /// <summary>True when an assignment in this node or below it gives <paramref name="name"/> a value.</summary>
    public bool AssignsName(string name) => AssignsName(assigned => assigned == name);

    /// <summary>This node and every node below it that <paramref name="include"/> accepts, in source (pre-)order; a node
    /// it refuses is left out with everything below it.</summary>
    internal IEnumerable<IrNode> DescendantsAndSelf(Func<IrNode, bool> include)
    {
        var stack = new Stack<IrNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!include(node)) continue;
            yield return node;
            var children = node.Children;
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    /// <summary>The nearest function declaration this node is in; null for a node outside any.</summary>
    public FunctionDecl? EnclosingFunction()
    {
        for (var node = Parent; node is not null; node = node.Parent)
            if (node is FunctionDecl function) return function;
        return null;
    }

    /// <summary>The enclosing nodes, nearest first.</summary>
    public IEnumerable<IrNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>True when this node and <paramref name="other"/> stand in different arms of one if or switch (not one in
    /// its condition): one run takes only one of them.</summary>
    public bool IsOnOtherBranchThan(IrNode other)
    {
        var arms = new Dictionary<IrNode, IrNode>(ReferenceEqualityComparer.Instance);
        IrNode child = this;
        foreach (var ancestor in Ancestors())
        {
            arms[ancestor] = child;
            child = ancestor;
        }
        child = other;
        foreach (var ancestor in other.Ancestors())
        {
            if (arms.TryGetValue(ancestor, out var mine))
                return !ReferenceEquals(mine, child) && ancestor switch
                {
                    IfStatement @if => IsArm(@if, mine) && IsArm(@if, child),
                    SwitchStatement => mine is SwitchCase && child is SwitchCase,
                    _ => false,
                };
            child = ancestor;
        }
        return false;
    }

    private static bool IsArm(IfStatement @if, IrNode node) => ReferenceEquals(node, @if.Then) || ReferenceEquals(node, @if.Else);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Span}";
}
