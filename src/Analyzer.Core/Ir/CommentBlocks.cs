namespace Analyzer.Core.Ir;

/// <summary>A module's comments grouped into blocks: comments on consecutive lines, each alone on its line or each after
/// code (a run of line comments, or one block comment).</summary>
public static class CommentBlocks
{
    /// <summary>The module's comment blocks, in source order.</summary>
    public static IEnumerable<IReadOnlyList<Comment>> Of(Module module)
    {
        List<Comment>? block = null;
        foreach (var comment in module.Comments)
        {
            if (block is not null && comment.Span.StartLine == block[^1].Span.EndLine + 1 && OwnLine(module, comment) == OwnLine(module, block[^1]))
            {
                block.Add(comment);
                continue;
            }
            if (block is not null) yield return block;
            block = [comment];
        }
        if (block is not null) yield return block;
    }

    /// <summary>True when <paramref name="block"/> ends on the line above <paramref name="line"/> or on it.</summary>
    public static bool IsAbove(IReadOnlyList<Comment> block, int line) =>
        block[^1].Span.EndLine == line - 1 || block[^1].Span.EndLine == line;

    /// <summary>The block's text: each comment's content, trimmed, joined by spaces.</summary>
    public static string Text(IReadOnlyList<Comment> block) => string.Join(' ', block.Select(c => c.Content.Trim()));

    private static bool OwnLine(Module module, Comment comment) =>
        module.Text.Line(comment.Span.StartLine).TrimStart().Length == module.Text.Line(comment.Span.StartLine).Length - comment.Span.StartColumn + 1;
}
