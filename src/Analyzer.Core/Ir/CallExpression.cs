using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A call.</summary>
public sealed class CallExpression(SourceSpan span, IrExpression callee, IReadOnlyList<Argument> arguments) : IrExpression(span)
{
    /// <summary>What is called.</summary>
    public IrExpression Callee { get; } = callee;
    /// <summary>The arguments, in order.</summary>
    public IReadOnlyList<Argument> Arguments { get; } = arguments;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.CallExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Callee;
            foreach (var child in Arguments) yield return child;
        }
    }
}
