namespace Analyzer.Frontends.Antlr;

/// <summary>A lexer that reads the whole file before it hands out the first token (to retype tokens by what follows
/// them), so it must stop at the token limit itself: the parse driver can only count what it is handed.</summary>
public interface IReadAheadLexer
{
    /// <summary>The most tokens to read; the lexer throws <see cref="TooManyTokensException"/> at the first one past.</summary>
    int MaxTokens { set; }
}
