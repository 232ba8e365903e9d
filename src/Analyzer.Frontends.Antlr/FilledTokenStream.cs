using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>
/// The parser's token stream over a file's tokens read to the end before parsing: the list itself, numbered. The
/// runtime's stream fetches token by token into a list that starts at 100 and grows by doubling, which for a large
/// file copied and collected more than the parser's own work.
/// </summary>
internal sealed class FilledTokenStream : CommonTokenStream
{
    private FilledTokenStream(ITokenSource lexer, List<IToken> all)
        : base(lexer)
    {
        for (var i = 0; i < all.Count; i++)
            if (all[i] is IWritableToken writable) writable.TokenIndex = i;
        tokens = all;
        fetchedEOF = true;
    }

    /// <summary>Reads every token of <paramref name="lexer"/>'s file (see <see cref="TokenLists.Read"/>).</summary>
    public static FilledTokenStream Read(Lexer lexer, int maxTokens) =>
        new(lexer, lexer is IReadAheadLexer readAhead
            ? readAhead.ReadAll(maxTokens)
            : TokenLists.Read(lexer.NextToken, lexer.InputStream.Size, maxTokens));
}
