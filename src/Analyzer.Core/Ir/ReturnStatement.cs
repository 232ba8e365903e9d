using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A return statement.</summary>
public sealed class ReturnStatement(SourceSpan span, IReadOnlyList<IrExpression> values) : IrStatement(span)
{
    /// <summary>Returned values.</summary>
    public IReadOnlyList<IrExpression> Values { get; } = values;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.ReturnStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Values) yield return child;
        }
    }
}
