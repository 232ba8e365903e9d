using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>One call argument.</summary>
public sealed class Argument(SourceSpan span, string? name, IrExpression value, int unpack) : IrNode(span)
{
    /// <summary>The keyword, for a keyword argument.</summary>
    public string? Name { get; } = name;
    /// <summary>The value.</summary>
    public IrExpression Value { get; } = value;
    /// <summary>0 for a plain argument, 1 for *args or Go's trailing ..., 2 for **kwargs.</summary>
    public int Unpack { get; } = unpack;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.Argument;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Value;
        }
    }
}
