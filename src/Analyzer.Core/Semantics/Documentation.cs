using System.Text.RegularExpressions;
using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What the code's authors wrote about a declaration for its users (<see cref="ILanguageFacts.DocumentationOf"/>).</summary>
/// <param name="Where">The comment or string that holds it (the first, for a block of comments).</param>
/// <param name="Text">Its text: a comment block's lines joined by spaces, or a docstring as written.</param>
public sealed partial record Documentation(IrNode Where, string Text)
{
    /// <summary>Its sentences, each on one line with single spaces: a sentence ends at its stop or at a blank line.</summary>
    public IEnumerable<string> Sentences() =>
        SentenceBreak().Split(Text.Trim()).Select(s => Spaces().Replace(s, " ").Trim()).Where(s => s.Length > 0);

    // A blank line of a docstring, or of a comment block, whose lines are joined by single spaces (so an empty one leaves
    // two between words).
    [GeneratedRegex(@"(?<=[.;!?])\s+|(?<=\S) {2,}(?=\S)|\n[ \t]*\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The comment block just above <paramref name="declaration"/>, where most languages put it; null when there is none.</summary>
    public static Documentation? Above(IrNode declaration) => Above(declaration.Module, declaration.Span.StartLine);

    /// <summary>The comment block of <paramref name="module"/> that ends just above <paramref name="line"/> (or on it);
    /// null when there is none.</summary>
    public static Documentation? Above(Module module, int line) =>
        CommentBlocks.Above(module, line) is { } block ? new Documentation(block[0], CommentBlocks.Text(block)) : null;
}
