using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>One case of a switch, select or match.</summary>
public sealed class SwitchCase(SourceSpan span, IReadOnlyList<IrNode> labels, bool isDefault, Block body) : IrNode(span)
{
    /// <summary>Case expressions, patterns, or the communication statement of a select case.</summary>
    public IReadOnlyList<IrNode> Labels { get; } = labels;
    /// <summary>True for default / wildcard.</summary>
    public bool IsDefault { get; } = isDefault;
    /// <summary>The case body.</summary>
    public Block Body { get; } = body;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.SwitchCase;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Labels) yield return child;
            yield return Body;
        }
    }
}
