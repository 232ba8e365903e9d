using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A formatted string (Python f-string): literal parts and embedded expressions in order.</summary>
public sealed class InterpolatedString(SourceSpan span, IReadOnlyList<IrExpression> parts) : IrExpression(span)
{
    /// <summary>LiteralExpression parts and embedded expressions, in order.</summary>
    public IReadOnlyList<IrExpression> Parts { get; } = parts;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.InterpolatedString;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Parts) yield return child;
        }
    }
}
