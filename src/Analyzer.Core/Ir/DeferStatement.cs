using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A Go defer: the call runs when the function returns.</summary>
public sealed class DeferStatement(SourceSpan span, IrExpression call) : IrStatement(span)
{
    /// <summary>The deferred call.</summary>
    public IrExpression Call { get; } = call;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.DeferStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Call;
        }
    }
}
