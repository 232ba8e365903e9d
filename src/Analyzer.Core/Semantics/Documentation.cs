using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What the code's authors wrote about a declaration for its users (<see cref="ILanguageFacts.DocumentationOf"/>).</summary>
/// <param name="Where">The comment or string that holds it (the first, for a block of comments).</param>
/// <param name="Text">Its text, lines joined by spaces.</param>
public sealed record Documentation(IrNode Where, string Text)
{
    /// <summary>The comment block just above <paramref name="declaration"/>, where most languages put it; null when there is none.</summary>
    public static Documentation? Above(IrNode declaration) => Above(declaration.Module, declaration.Span.StartLine);

    /// <summary>The comment block of <paramref name="module"/> that ends just above <paramref name="line"/> (or on it);
    /// null when there is none.</summary>
    public static Documentation? Above(Module module, int line) =>
        CommentBlocks.Above(module, line) is { } block ? new Documentation(block[0], CommentBlocks.Text(block)) : null;
}
