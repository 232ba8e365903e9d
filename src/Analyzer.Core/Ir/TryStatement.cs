using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>try / except / else / finally.</summary>
public sealed class TryStatement(SourceSpan span, Block body, IReadOnlyList<ExceptHandler> handlers, Block? @else, Block? @finally) : IrStatement(span)
{
    /// <summary>The try body.</summary>
    public Block Body { get; } = body;
    /// <summary>The handlers, in order.</summary>
    public IReadOnlyList<ExceptHandler> Handlers { get; } = handlers;
    /// <summary>Runs when the body raised nothing.</summary>
    public Block? Else { get; } = @else;
    /// <summary>Always runs.</summary>
    public Block? Finally { get; } = @finally;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.TryStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Body;
            foreach (var child in Handlers) yield return child;
            if (Else is not null) yield return Else;
            if (Finally is not null) yield return Finally;
        }
    }
}
