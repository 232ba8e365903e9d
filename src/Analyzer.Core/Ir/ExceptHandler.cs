using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>One except clause.</summary>
public sealed class ExceptHandler(SourceSpan span, IReadOnlyList<string> typeNames, IrExpression? typeExpression, string? name, Block body) : IrNode(span)
{
    /// <summary>The exception type names as written (empty for a bare except).</summary>
    public IReadOnlyList<string> TypeNames { get; } = typeNames;
    /// <summary>The exception type expression, if any.</summary>
    public IrExpression? TypeExpression { get; } = typeExpression;
    /// <summary>The "as" name, if any.</summary>
    public string? Name { get; } = name;
    /// <summary>The handler body.</summary>
    public Block Body { get; } = body;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.ExceptHandler;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            if (TypeExpression is not null) yield return TypeExpression;
            yield return Body;
        }
    }
}
