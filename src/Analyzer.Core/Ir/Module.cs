using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>One source file: its imports, top-level statements and declarations, and its comments.</summary>
public sealed class Module(SourceSpan span, string language, SourceText text, string? packageName, IReadOnlyList<ImportDecl> imports, IReadOnlyList<IrStatement> body, IReadOnlyList<Comment> comments) : IrNode(span)
{
    /// <summary>The frontend's language id (for example "go" or "python").</summary>
    public string Language { get; } = language;
    /// <summary>The file's text; every span in the module points into it.</summary>
    public SourceText Text { get; } = text;
    /// <summary>The package (Go) or dotted module name (Python) the file belongs to, when known.</summary>
    public string? PackageName { get; } = packageName;
    /// <summary>The imports, in source order.</summary>
    public IReadOnlyList<ImportDecl> Imports { get; } = imports;
    /// <summary>Top-level declarations and statements, in source order.</summary>
    public IReadOnlyList<IrStatement> Body { get; } = body;
    /// <summary>Every comment, in source order, with exact spans.</summary>
    public IReadOnlyList<Comment> Comments { get; } = comments;

    /// <summary>Sets every node's <see cref="IrNode.Parent"/>; frontends call it once when the module is built.</summary>
    public Module Link()
    {
        // One pass, one enumeration of each node's children (this runs for every file a scan reads).
        var pending = new Stack<IrNode>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var children = node.Children;
            for (var i = 0; i < children.Count; i++)
            {
                children[i].Parent = node;
                pending.Push(children[i]);
            }
        }
        return this;
    }

    /// <inheritdoc />
    public override IrKind Kind => IrKind.Module;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Imports) yield return child;
            foreach (var child in Body) yield return child;
            foreach (var child in Comments) yield return child;
        }
    }
}
