using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A plain identifier.</summary>
public sealed class NameExpression(SourceSpan span, string name) : IrExpression(span)
{
    /// <summary>The identifier.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.NameExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes => [];
}
