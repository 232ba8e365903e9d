using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A composite literal or a list, tuple, dict or set display.</summary>
public sealed class CollectionExpression(SourceSpan span, CollectionKind collectionKind, string? typeText, IReadOnlyList<IrExpression> elements) : IrExpression(span)
{
    /// <summary>Which collection.</summary>
    public CollectionKind CollectionKind { get; } = collectionKind;
    /// <summary>The Go literal type as written, if any.</summary>
    public string? TypeText { get; } = typeText;
    /// <summary>Elements; dict entries and keyed Go elements are KeyValueExpression.</summary>
    public IReadOnlyList<IrExpression> Elements { get; } = elements;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.CollectionExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Elements) yield return child;
        }
    }
}
