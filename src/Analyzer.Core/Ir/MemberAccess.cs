using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A selector or attribute access: target.member.</summary>
public sealed class MemberAccess(SourceSpan span, IrExpression target, string member) : IrExpression(span)
{
    /// <summary>The object.</summary>
    public IrExpression Target { get; } = target;
    /// <summary>The member name.</summary>
    public string Member { get; } = member;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.MemberAccess;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Target;
        }
    }
}
