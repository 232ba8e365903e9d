using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A statement with no shared meaning (for example Python global or assert); keeps its children so rules can look inside.</summary>
public sealed class OtherStatement(SourceSpan span, string description, IReadOnlyList<IrNode> items) : IrStatement(span)
{
    /// <summary>What the construct is, in the source language's words.</summary>
    public string Description { get; } = description;
    /// <summary>Its parts.</summary>
    public IReadOnlyList<IrNode> Items { get; } = items;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.OtherStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Items) yield return child;
        }
    }
}
