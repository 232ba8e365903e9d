using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>One item of a with statement.</summary>
public sealed class WithItem(SourceSpan span, IrExpression context, IrExpression? target) : IrNode(span)
{
    /// <summary>The context manager expression.</summary>
    public IrExpression Context { get; } = context;
    /// <summary>The "as" target, if any.</summary>
    public IrExpression? Target { get; } = target;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.WithItem;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Context;
            if (Target is not null) yield return Target;
        }
    }
}
