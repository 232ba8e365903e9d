using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A function literal or lambda.</summary>
public sealed class FunctionLiteral(SourceSpan span, IReadOnlyList<Parameter> parameters, Block body) : IrExpression(span)
{
    /// <summary>The parameters.</summary>
    public IReadOnlyList<Parameter> Parameters { get; } = parameters;
    /// <summary>The body (a lambda's expression is lowered to a return).</summary>
    public Block Body { get; } = body;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.FunctionLiteral;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Parameters) yield return child;
            yield return Body;
        }
    }
}
