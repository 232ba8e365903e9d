using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A comment kept as trivia.</summary>
public sealed class Comment(SourceSpan span, string content) : IrNode(span)
{
    /// <summary>The comment's text without its delimiters.</summary>
    public string Content { get; } = content;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.Comment;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes => [];
}
