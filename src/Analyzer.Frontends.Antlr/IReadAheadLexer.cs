using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>A lexer that reads the whole file before it hands out the first token (to retype tokens by what follows
/// them). The parse driver takes its list as the parser's token stream.</summary>
public interface IReadAheadLexer
{
    /// <summary>Every token of the file, EOF last; throws <see cref="TooManyTokensException"/> at the first one past
    /// <paramref name="maxTokens"/>.</summary>
    List<IToken> ReadAll(int maxTokens);
}
