using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>Reads a file's tokens into one list, to the end.</summary>
public static class TokenLists
{
    /// <summary>Calls <paramref name="next"/> until it yields EOF and returns every token, EOF last. Throws
    /// <see cref="TooManyTokensException"/> at the first token past <paramref name="maxTokens"/>, so a file too large
    /// to analyze costs no more than the limit's tokens before it is refused.</summary>
    public static List<IToken> Read(Func<IToken> next, int characters, int maxTokens)
    {
        // About one token per five characters in the corpora's code.
        var tokens = new List<IToken>(Math.Min(characters / 5, maxTokens) + 16);
        IToken token;
        do
        {
            token = next();
            if (token.Type != TokenConstants.EOF && tokens.Count == maxTokens) throw new TooManyTokensException(token, maxTokens);
            tokens.Add(token);
        }
        while (token.Type != TokenConstants.EOF);
        return tokens;
    }
}
