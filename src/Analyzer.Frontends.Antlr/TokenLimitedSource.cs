using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>A lexer that stops with <see cref="TooManyTokensException"/> at the first token past the limit, so a
/// file too large to analyze costs no more than the limit's tokens before it is refused.</summary>
internal sealed class TokenLimitedSource(ITokenSource lexer, int maxTokens) : ITokenSource
{
    private int _count;

    public IToken NextToken()
    {
        var token = lexer.NextToken();
        if (token.Type != TokenConstants.EOF && ++_count > maxTokens) throw new TooManyTokensException(token, maxTokens);
        return token;
    }

    public int Line => lexer.Line;

    public int Column => lexer.Column;

    public ICharStream InputStream => lexer.InputStream;

    public string SourceName => lexer.SourceName;

    public ITokenFactory TokenFactory
    {
        get => lexer.TokenFactory;
        set => lexer.TokenFactory = value;
    }
}
