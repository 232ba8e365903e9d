using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>An expression with no shared meaning (for example a Go type assertion or a slice); keeps its children.</summary>
public sealed class OtherExpression(SourceSpan span, string description, IReadOnlyList<IrNode> items) : IrExpression(span)
{
    /// <summary>What the construct is, in the source language's words.</summary>
    public string Description { get; } = description;
    /// <summary>Its parts.</summary>
    public IReadOnlyList<IrNode> Items { get; } = items;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.OtherExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Items) yield return child;
        }
    }
}
