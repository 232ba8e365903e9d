using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A function literal or lambda.</summary>
public sealed class FunctionLiteral(SourceSpan span, IReadOnlyList<Parameter> parameters, Block body) : IrExpression(span)
{
    /// <summary>The parameters.</summary>
    public IReadOnlyList<Parameter> Parameters { get; } = parameters;
    /// <summary>The body (a lambda's expression is lowered to a return).</summary>
    public Block Body { get; } = body;

    /// <summary>True when the literal is called where it is written (<c>func() { … }()</c>, deferred or not), so it runs
    /// on the goroutine or thread that reaches it; false when a go statement starts it or it is handed on.</summary>
    public bool RunsWhereWritten => Parent is CallExpression call && ReferenceEquals(call.Callee, this) && call.Parent is not SpawnStatement;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.FunctionLiteral;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Parameters) yield return child;
            yield return Body;
        }
    }
}
