using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>The token stream over a file a <see cref="IReadAheadLexer"/> has read: its list itself, numbered, instead
/// of a copy fetched token by token into a list that grows by doubling (which, for a large file, copied and collected
/// more than the parser's own work).</summary>
internal sealed class ReadAheadTokenStream : CommonTokenStream
{
    public ReadAheadTokenStream(ITokenSource lexer, List<IToken> all)
        : base(lexer)
    {
        for (var i = 0; i < all.Count; i++)
            if (all[i] is IWritableToken writable) writable.TokenIndex = i;
        tokens = all;
        fetchedEOF = true;
    }
}
