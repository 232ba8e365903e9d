using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A type or class declaration.</summary>
public sealed class TypeDecl(SourceSpan span, string name, TypeDeclKind typeKind, IReadOnlyList<string> bases, IReadOnlyList<FieldDecl> fields, IReadOnlyList<string> interfaceMethods, IReadOnlyList<IrStatement> members, IReadOnlyList<IrExpression> decorators) : IrStatement(span)
{
    /// <summary>The declared name.</summary>
    public string Name { get; } = name;
    /// <summary>What sort of type it is.</summary>
    public TypeDeclKind TypeKind { get; } = typeKind;
    /// <summary>Base classes (Python) or embedded interfaces (Go), as written.</summary>
    public IReadOnlyList<string> Bases { get; } = bases;
    /// <summary>Fields: struct fields (Go), or attributes assigned on self in the class's methods and class-level assignments (Python).</summary>
    public IReadOnlyList<FieldDecl> Fields { get; } = fields;
    /// <summary>For an interface: the method names it declares.</summary>
    public IReadOnlyList<string> InterfaceMethods { get; } = interfaceMethods;
    /// <summary>Statements of the class body (methods, nested classes, class attributes); empty for Go.</summary>
    public IReadOnlyList<IrStatement> Members { get; } = members;
    /// <summary>Class decorators, in source order.</summary>
    public IReadOnlyList<IrExpression> Decorators { get; } = decorators;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.TypeDecl;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Fields) yield return child;
            foreach (var child in Members) yield return child;
            foreach (var child in Decorators) yield return child;
        }
    }
}
