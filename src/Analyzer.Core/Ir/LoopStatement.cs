using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A for, range or while loop.</summary>
public sealed class LoopStatement(SourceSpan span, LoopKind loopKind, IrStatement? init, IrExpression? condition, IrStatement? post, IReadOnlyList<IrExpression> targets, IrExpression? iterable, Block body, Block? @else) : IrStatement(span)
{
    /// <summary>Which loop form.</summary>
    public LoopKind LoopKind { get; } = loopKind;
    /// <summary>The init statement of a three-clause for.</summary>
    public IrStatement? Init { get; } = init;
    /// <summary>The loop condition, if any.</summary>
    public IrExpression? Condition { get; } = condition;
    /// <summary>The post statement of a three-clause for.</summary>
    public IrStatement? Post { get; } = post;
    /// <summary>Iteration variables of a range or for-in loop.</summary>
    public IReadOnlyList<IrExpression> Targets { get; } = targets;
    /// <summary>What a range or for-in loop iterates over.</summary>
    public IrExpression? Iterable { get; } = iterable;
    /// <summary>The loop body.</summary>
    public Block Body { get; } = body;
    /// <summary>Python's loop else block.</summary>
    public Block? Else { get; } = @else;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.LoopStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            if (Init is not null) yield return Init;
            if (Condition is not null) yield return Condition;
            if (Post is not null) yield return Post;
            foreach (var child in Targets) yield return child;
            if (Iterable is not null) yield return Iterable;
            yield return Body;
            if (Else is not null) yield return Else;
        }
    }
}
