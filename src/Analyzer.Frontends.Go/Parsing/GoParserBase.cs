using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>
/// Base of the generated Go parser (depth-guarded, see <see cref="DepthGuardedParser"/>): answers the grammar's one
/// semantic predicate, <see cref="IsTypeParameterList"/>.
/// </summary>
public abstract class GoParserBase : DepthGuardedParser
{
    /// <summary>Creates the parser over <paramref name="input"/>.</summary>
    protected GoParserBase(ITokenStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }

    /// <summary>
    /// At "Name [" of a type declaration: whether the bracket opens a type parameter list rather than an array
    /// length. Only "[P *…]" and "[P (…)]" can be both (section "Type parameter declarations"); like Go's parser, they
    /// are a type parameter list when a comma follows P's constraint at the top level or the constraint holds
    /// something only a type can (~, struct, interface, func, map, chan, "[]"), and an array length otherwise.
    /// Every other "[P …" where P is an identifier can only be a type parameter list.
    /// </summary>
    /// <returns>True for a type parameter list.</returns>
    protected bool IsTypeParameterList()
    {
        var tokens = TokenStream;
        if (tokens.LA(2) != GoLexer.LBRACK || tokens.LA(3) != GoLexer.IDENTIFIER) return false;
        var after = tokens.LA(4);
        if (after != GoLexer.STAR && after != GoLexer.LPAREN) return true;
        var depth = 0;
        for (var k = 4; ; k++)
        {
            switch (tokens.LA(k))
            {
                case GoLexer.LPAREN or GoLexer.LBRACE:
                    depth++;
                    break;
                case GoLexer.LBRACK:
                    if (tokens.LA(k + 1) == GoLexer.RBRACK) return true; // a slice type
                    depth++;
                    break;
                case GoLexer.RPAREN or GoLexer.RBRACE:
                    depth--;
                    break;
                case GoLexer.RBRACK:
                    if (depth == 0) return false;
                    depth--;
                    break;
                case GoLexer.COMMA when depth == 0:
                    return true;
                case GoLexer.TILDE or GoLexer.STRUCT or GoLexer.INTERFACE or GoLexer.FUNC or GoLexer.MAP or GoLexer.CHAN:
                    return true;
                case TokenConstants.EOF or GoLexer.SEMI:
                    return false;
            }
        }
    }
}
