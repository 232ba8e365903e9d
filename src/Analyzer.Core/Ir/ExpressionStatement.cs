using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>An expression evaluated for its effect, such as a call.</summary>
public sealed class ExpressionStatement(SourceSpan span, IrExpression expression) : IrStatement(span)
{
    /// <summary>The expression.</summary>
    public IrExpression Expression { get; } = expression;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.ExpressionStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Expression;
        }
    }
}
