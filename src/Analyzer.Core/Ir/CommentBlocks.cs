using System.Runtime.CompilerServices;

namespace Analyzer.Core.Ir;

/// <summary>A module's comments grouped into blocks: comments on consecutive lines, each alone on its line or each after
/// code (a run of line comments, or one block comment). They are grouped once per module: every function of a file
/// asks for the block above it.</summary>
public static class CommentBlocks
{
    private static readonly ConditionalWeakTable<Module, Grouped> Modules = new();

    /// <summary>The module's comment blocks, in source order.</summary>
    public static IReadOnlyList<IReadOnlyList<Comment>> Of(Module module) => Modules.GetValue(module, Group).Blocks;

    /// <summary>The first block, in source order, that ends just above <paramref name="line"/> or on it
    /// (<see cref="IsAbove"/>); null when there is none.</summary>
    public static IReadOnlyList<Comment>? Above(Module module, int line)
    {
        var byEnd = Modules.GetValue(module, Group).FirstEndingOn;
        return byEnd.GetValueOrDefault(line - 1) ?? byEnd.GetValueOrDefault(line);
    }

    /// <summary>True when <paramref name="block"/> ends on the line above <paramref name="line"/> or on it.</summary>
    public static bool IsAbove(IReadOnlyList<Comment> block, int line) =>
        block[^1].Span.EndLine == line - 1 || block[^1].Span.EndLine == line;

    /// <summary>The block's text: each comment's content, trimmed, joined by spaces.</summary>
    public static string Text(IReadOnlyList<Comment> block) => string.Join(' ', block.Select(c => c.Content.Trim()));

    private static Grouped Group(Module module)
    {
        var blocks = new List<IReadOnlyList<Comment>>();
        List<Comment>? block = null;
        foreach (var comment in module.Comments)
        {
            if (block is not null && comment.Span.StartLine == block[^1].Span.EndLine + 1 && OwnLine(module, comment) == OwnLine(module, block[^1]))
            {
                block.Add(comment);
                continue;
            }
            if (block is not null) blocks.Add(block);
            block = [comment];
        }
        if (block is not null) blocks.Add(block);
        var firstEndingOn = new Dictionary<int, IReadOnlyList<Comment>>();
        foreach (var grouped in blocks) firstEndingOn.TryAdd(grouped[^1].Span.EndLine, grouped);
        return new Grouped(blocks, firstEndingOn);
    }

    // Nothing but blanks before the comment on its line.
    private static bool OwnLine(Module module, Comment comment) =>
        module.Text.Text.AsSpan(comment.Span.StartOffset - (comment.Span.StartColumn - 1), comment.Span.StartColumn - 1).IsWhiteSpace();

    private sealed record Grouped(IReadOnlyList<IReadOnlyList<Comment>> Blocks, Dictionary<int, IReadOnlyList<Comment>> FirstEndingOn);
}
