using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>Thrown by a lexer that refuses input nested past its limit before ANTLR's unguarded prediction recursion
/// could overflow the stack; the parse driver reports its "nesting is too deep" diagnostic at <see cref="At"/>.</summary>
public sealed class NestingTooDeepException(IToken at, string detail) : Exception(detail)
{
    /// <summary>The first token past the limit.</summary>
    public IToken At { get; } = at;
}
