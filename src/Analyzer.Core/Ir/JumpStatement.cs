using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>break, continue, goto, fallthrough or pass.</summary>
public sealed class JumpStatement(SourceSpan span, JumpKind jumpKind, string? label) : IrStatement(span)
{
    /// <summary>Which jump.</summary>
    public JumpKind JumpKind { get; } = jumpKind;
    /// <summary>The target label, if any.</summary>
    public string? Label { get; } = label;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.JumpStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes => [];
}
