using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>
/// Automatic semicolon insertion as the Go specification states it (section "Semicolons"), shared by both ways the
/// lexer reads a file (<see cref="GoLexerBase"/>, <see cref="GoScanner"/>). After a line's final token, a newline
/// becomes a <c>SEMI</c> token when that token is an identifier, a basic literal, one of the keywords
/// <c>break continue fallthrough return</c>, or one of <c>++ -- ) ] }</c>; otherwise the newline is dropped. A line
/// comment, or a general comment that spans lines, acts like a newline; so does the end of the file.
/// </summary>
internal static class GoSemicolons
{
    private static readonly bool[] EndsLine = BuildEndsLine();

    /// <summary>Whether a newline after a token of <paramref name="type"/> becomes a semicolon.</summary>
    public static bool DueAfter(int type) => type >= 0 && type < EndsLine.Length && EndsLine[type];

    /// <summary>The semicolon a newline at <paramref name="index"/> becomes: the first '\n' only, not the blank lines
    /// and indentation after it.</summary>
    public static IToken AtNewline(Tuple<ITokenSource, ICharStream> source, int index, int line, int column) =>
        new CommonToken(source, GoLexer.SEMI, TokenConstants.DefaultChannel, index, index)
        {
            Line = line,
            Column = column,
            Text = "\n",
        };

    /// <summary>A semicolon inserted where a comment or the end of the file ends the line: an empty token at the start
    /// of <paramref name="at"/>.</summary>
    public static IToken Before(Tuple<ITokenSource, ICharStream> source, IToken at) =>
        new CommonToken(source, GoLexer.SEMI, TokenConstants.DefaultChannel, at.StartIndex, at.StartIndex - 1)
        {
            Line = at.Line,
            Column = at.Column,
            Text = string.Empty,
        };

    /// <summary>Whether a comment token ends the line it is on: a line comment, or a general comment holding a newline
    /// ("A general comment containing no newlines acts like a space. Any other comment acts like a newline.").</summary>
    public static bool ActsLikeNewline(IToken comment) =>
        comment.Type == GoLexer.LINE_COMMENT || comment.Text.Contains('\n');

    private static bool[] BuildEndsLine()
    {
        int[] types =
        [
            GoLexer.IDENTIFIER,
            GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT,
            GoLexer.RAW_STRING_LIT, GoLexer.INTERPRETED_STRING_LIT,
            GoLexer.BREAK, GoLexer.CONTINUE, GoLexer.FALLTHROUGH, GoLexer.RETURN,
            GoLexer.PLUS_PLUS, GoLexer.MINUS_MINUS, GoLexer.RPAREN, GoLexer.RBRACK, GoLexer.RBRACE,
        ];
        var ends = new bool[types.Max() + 1];
        foreach (var type in types) ends[type] = true;
        return ends;
    }
}
