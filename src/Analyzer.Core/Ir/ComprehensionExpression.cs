using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A comprehension or generator expression.</summary>
public sealed class ComprehensionExpression(SourceSpan span, CollectionKind collectionKind, IrExpression element, IReadOnlyList<IrExpression> targets, IReadOnlyList<IrExpression> iterables, IReadOnlyList<IrExpression> conditions) : IrExpression(span)
{
    /// <summary>What it builds (Tuple for a generator).</summary>
    public CollectionKind CollectionKind { get; } = collectionKind;
    /// <summary>The produced element (a KeyValueExpression for a dict).</summary>
    public IrExpression Element { get; } = element;
    /// <summary>The for targets.</summary>
    public IReadOnlyList<IrExpression> Targets { get; } = targets;
    /// <summary>What each for iterates.</summary>
    public IReadOnlyList<IrExpression> Iterables { get; } = iterables;
    /// <summary>The if filters.</summary>
    public IReadOnlyList<IrExpression> Conditions { get; } = conditions;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.ComprehensionExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Element;
            foreach (var child in Targets) yield return child;
            foreach (var child in Iterables) yield return child;
            foreach (var child in Conditions) yield return child;
        }
    }
}
