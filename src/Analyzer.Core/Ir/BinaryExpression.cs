using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A binary operation, comparison or boolean and/or. Operators are normalized: "&amp;&amp;", "||", "==", "!=", "&lt;", "in", "not in", "is", "is not", arithmetic as written.</summary>
public sealed class BinaryExpression(SourceSpan span, string @operator, IrExpression left, IrExpression right) : IrExpression(span)
{
    /// <summary>The operator.</summary>
    public string Operator { get; } = @operator;
    /// <summary>The left operand.</summary>
    public IrExpression Left { get; } = left;
    /// <summary>The right operand.</summary>
    public IrExpression Right { get; } = right;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.BinaryExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Left;
            yield return Right;
        }
    }
}
