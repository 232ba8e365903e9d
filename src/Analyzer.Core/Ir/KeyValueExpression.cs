using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A key: value pair inside a collection.</summary>
public sealed class KeyValueExpression(SourceSpan span, IrExpression key, IrExpression value) : IrExpression(span)
{
    /// <summary>The key.</summary>
    public IrExpression Key { get; } = key;
    /// <summary>The value.</summary>
    public IrExpression Value { get; } = value;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.KeyValueExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Key;
            yield return Value;
        }
    }
}
