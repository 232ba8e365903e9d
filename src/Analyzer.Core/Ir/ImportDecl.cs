using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>An import of a package or module.</summary>
public sealed class ImportDecl(SourceSpan span, string path, string? alias, IReadOnlyList<string> names) : IrStatement(span)
{
    /// <summary>What is imported: a Go import path or a Python dotted module name.</summary>
    public string Path { get; } = path;
    /// <summary>The local name it is bound to, when the source gives one.</summary>
    public string? Alias { get; } = alias;
    /// <summary>For "from m import a, b": the imported names (with "*" for a star import).</summary>
    public IReadOnlyList<string> Names { get; } = names;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.ImportDecl;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes => [];
}
