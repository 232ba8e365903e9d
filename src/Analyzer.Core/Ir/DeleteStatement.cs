using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>del (Python): removes names, attributes or elements.</summary>
public sealed class DeleteStatement(SourceSpan span, IReadOnlyList<IrExpression> targets) : IrStatement(span)
{
    /// <summary>What is deleted.</summary>
    public IReadOnlyList<IrExpression> Targets { get; } = targets;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.DeleteStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Targets) yield return child;
        }
    }
}
