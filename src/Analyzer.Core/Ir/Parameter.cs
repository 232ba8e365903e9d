using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A function parameter.</summary>
public sealed class Parameter(SourceSpan span, string name, string? typeText, IrExpression? @default) : IrNode(span)
{
    /// <summary>The parameter name ("_" or empty where the source has none).</summary>
    public string Name { get; } = name;
    /// <summary>The declared type or annotation as written.</summary>
    public string? TypeText { get; } = typeText;
    /// <summary>The default value, if any.</summary>
    public IrExpression? Default { get; } = @default;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.Parameter;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            if (Default is not null) yield return Default;
        }
    }
}
