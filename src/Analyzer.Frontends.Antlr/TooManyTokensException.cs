using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>Thrown by a lexer at the first token past the limit of <see cref="Analyzer.Core.Frontends.ParseLimits"/>;
/// the parse driver turns it into a "skipped" diagnostic there.</summary>
public sealed class TooManyTokensException(IToken at, int limit) : Exception($"more than {limit} tokens")
{
    /// <summary>The first token past the limit.</summary>
    public IToken At { get; } = at;

    /// <summary>The limit that was passed.</summary>
    public int Limit { get; } = limit;
}
