using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>An index or subscript: target[index].</summary>
public sealed class IndexExpression(SourceSpan span, IrExpression target, IReadOnlyList<IrExpression> indices) : IrExpression(span)
{
    /// <summary>The indexed object.</summary>
    public IrExpression Target { get; } = target;
    /// <summary>The index expressions.</summary>
    public IReadOnlyList<IrExpression> Indices { get; } = indices;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.IndexExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Target;
            foreach (var child in Indices) yield return child;
        }
    }
}
