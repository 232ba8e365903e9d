using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A field of a type.</summary>
public sealed class FieldDecl(SourceSpan span, string name, string? typeText, bool isEmbedded, IrExpression? initializer) : IrNode(span)
{
    /// <summary>The field name (for an embedded Go field, the type's name).</summary>
    public string Name { get; } = name;
    /// <summary>The declared type as written, when declared.</summary>
    public string? TypeText { get; } = typeText;
    /// <summary>True for an embedded (anonymous) Go field.</summary>
    public bool IsEmbedded { get; } = isEmbedded;
    /// <summary>How the field is first set, when the source shows it (Python: the value assigned in __init__). Not a child: the expression stays where it is in the method body.</summary>
    public IrExpression? Initializer { get; } = initializer;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.FieldDecl;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes => [];
}
