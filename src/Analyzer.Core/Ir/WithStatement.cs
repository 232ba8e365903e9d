using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A scoped statement (Python with): each item is entered in order and left when the body ends.</summary>
public sealed class WithStatement(SourceSpan span, IReadOnlyList<WithItem> items, Block body) : IrStatement(span)
{
    /// <summary>The items, in order.</summary>
    public IReadOnlyList<WithItem> Items { get; } = items;
    /// <summary>The body.</summary>
    public Block Body { get; } = body;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.WithStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Items) yield return child;
            yield return Body;
        }
    }
}
