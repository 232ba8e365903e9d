using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A function or method declaration.</summary>
public sealed class FunctionDecl(SourceSpan span, string name, string? ownerType, string? receiverName, IReadOnlyList<Parameter> parameters, Block? body, IReadOnlyList<IrExpression> decorators) : IrStatement(span)
{
    /// <summary>The function's name.</summary>
    public string Name { get; } = name;
    /// <summary>The type the method belongs to: the Go receiver's base type name, or the enclosing Python class.</summary>
    public string? OwnerType { get; } = ownerType;
    /// <summary>The receiver's name: the Go receiver variable, or Python's first parameter of a method (usually self).</summary>
    public string? ReceiverName { get; } = receiverName;
    /// <summary>Parameters other than the receiver.</summary>
    public IReadOnlyList<Parameter> Parameters { get; } = parameters;
    /// <summary>The body; null for a declaration without one.</summary>
    public Block? Body { get; } = body;
    /// <summary>Decorators, in source order.</summary>
    public IReadOnlyList<IrExpression> Decorators { get; } = decorators;

    /// <summary>The declaration up to its body: decorators, name, receiver and parameters.</summary>
    public SourceSpan Signature => Body is null ? Span
        : Span with { EndLine = Body.Span.StartLine, EndColumn = Body.Span.StartColumn, EndOffset = Body.Span.StartOffset };

    /// <inheritdoc />
    public override IrKind Kind => IrKind.FunctionDecl;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Parameters) yield return child;
            if (Body is not null) yield return Body;
            foreach (var child in Decorators) yield return child;
        }
    }
}
