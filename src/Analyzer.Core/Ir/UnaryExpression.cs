using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A unary operation. Operators: "!" (also Python not), "-", "+", "^", "~", "*" (dereference or unpack), "**", "&amp;", "&lt;-", "await".</summary>
public sealed class UnaryExpression(SourceSpan span, string @operator, IrExpression operand) : IrExpression(span)
{
    /// <summary>The operator.</summary>
    public string Operator { get; } = @operator;
    /// <summary>The operand.</summary>
    public IrExpression Operand { get; } = operand;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.UnaryExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Operand;
        }
    }
}
