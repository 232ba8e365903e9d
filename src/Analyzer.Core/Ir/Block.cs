using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A sequence of statements.</summary>
public sealed class Block(SourceSpan span, IReadOnlyList<IrStatement> statements) : IrStatement(span)
{
    /// <summary>The statements, in order.</summary>
    public IReadOnlyList<IrStatement> Statements { get; } = statements;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.Block;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Statements) yield return child;
        }
    }
}
