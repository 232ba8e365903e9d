using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>raise (Python).</summary>
public sealed class RaiseStatement(SourceSpan span, IrExpression? exception, IrExpression? cause) : IrStatement(span)
{
    /// <summary>What is raised, if anything.</summary>
    public IrExpression? Exception { get; } = exception;
    /// <summary>The "from" cause, if any.</summary>
    public IrExpression? Cause { get; } = cause;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.RaiseStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            if (Exception is not null) yield return Exception;
            if (Cause is not null) yield return Cause;
        }
    }
}
