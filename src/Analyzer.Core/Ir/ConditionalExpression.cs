using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A conditional expression: a if c else b.</summary>
public sealed class ConditionalExpression(SourceSpan span, IrExpression condition, IrExpression whenTrue, IrExpression whenFalse) : IrExpression(span)
{
    /// <summary>The condition.</summary>
    public IrExpression Condition { get; } = condition;
    /// <summary>Value when it holds.</summary>
    public IrExpression WhenTrue { get; } = whenTrue;
    /// <summary>Value otherwise.</summary>
    public IrExpression WhenFalse { get; } = whenFalse;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.ConditionalExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Condition;
            yield return WhenTrue;
            yield return WhenFalse;
        }
    }
}
