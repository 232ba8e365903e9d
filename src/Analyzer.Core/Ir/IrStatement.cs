using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A statement or declaration.</summary>
public abstract class IrStatement(SourceSpan span) : IrNode(span)
{
    /// <summary>The statements after this one in the block that holds it, in order; none when no block holds it.</summary>
    public IEnumerable<IrStatement> FollowingInBlock() =>
        Parent is Block block ? block.Statements.SkipWhile(s => !ReferenceEquals(s, this)).Skip(1) : [];
}
