using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A literal.</summary>
public sealed class LiteralExpression(SourceSpan span, LiteralKind literalKind, string value) : IrExpression(span)
{
    /// <summary>What sort of literal.</summary>
    public LiteralKind LiteralKind { get; } = literalKind;
    /// <summary>For strings: the decoded value (implicitly concatenated pieces joined); otherwise the literal as written.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.LiteralExpression;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes => [];
}
