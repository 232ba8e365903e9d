using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>Starts concurrent work: a Go go statement.</summary>
public sealed class SpawnStatement(SourceSpan span, IrExpression call) : IrStatement(span)
{
    /// <summary>The call run concurrently.</summary>
    public IrExpression Call { get; } = call;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.SpawnStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Call;
        }
    }
}
