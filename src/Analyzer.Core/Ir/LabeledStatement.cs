using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A labeled statement.</summary>
public sealed class LabeledStatement(SourceSpan span, string label, IrStatement statement) : IrStatement(span)
{
    /// <summary>The label.</summary>
    public string Label { get; } = label;
    /// <summary>The statement it labels.</summary>
    public IrStatement Statement { get; } = statement;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.LabeledStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Statement;
        }
    }
}
