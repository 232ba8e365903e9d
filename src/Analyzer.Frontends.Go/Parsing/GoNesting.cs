using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>
/// Rejects pathologically nested input before parsing. The parser's own recursion is guarded at every rule entry
/// (<see cref="GoParserBase"/>), but ANTLR's prediction recursion is not: when a decision looks ahead across the end
/// of a long chain of prefixes that all end at the same token (<c>[][][]…int</c>, <c>*****T</c>, <c>!!!!x</c>,
/// <c>map[K]map[K]…V</c>, <c>func() func() …</c>), it returns from every level in one recursive call chain and can
/// overflow the stack, which no handler can catch. Real code nests a handful of levels; the limits are far above that.
/// Throwing <see cref="NestingTooDeepException"/> makes the parse driver report its "nesting is too deep"
/// diagnostic at the first token past the limit.
/// </summary>
internal static class GoNesting
{
    private const int MaxBracketDepth = 1000;
    // Measured on a thread-pool thread: chains of 4,000 prefixes in the worst shape found (func() … func() int {} in an
    // expression) parse; 8,000 overflow. Go's own test suite has a chain of 253 (test/fixedbugs/issue29312.go).
    private const int MaxPrefixChain = 1000;

    /// <summary>Throws <see cref="NestingTooDeepException"/> when <paramref name="tokens"/> nest too deeply.</summary>
    public static void Check(List<IToken> tokens)
    {
        // The chain length when each open bracket was opened: a "(…)" or "[…]" group is one link of the chain around
        // it ("[N]T", "map[K]V", "func(a int) R"), whatever it holds.
        var saved = new Stack<int>();
        var chain = 0;
        foreach (var token in tokens)
        {
            if (token.Channel != TokenConstants.DefaultChannel) continue;
            switch (token.Type)
            {
                case GoLexer.LPAREN:
                case GoLexer.LBRACK:
                case GoLexer.LBRACE:
                case GoLexer.BODY_LBRACE:
                    if (saved.Count >= MaxBracketDepth) throw TooDeep(token);
                    saved.Push(chain);
                    chain = 0;
                    break;
                case GoLexer.RPAREN:
                case GoLexer.RBRACK:
                    chain = saved.Count > 0 ? saved.Pop() + 1 : 0;
                    if (chain > MaxPrefixChain) throw TooDeep(token);
                    break;
                case GoLexer.RBRACE:
                    if (saved.Count > 0) saved.Pop();
                    chain = 0;
                    break;
                case GoLexer.STAR:
                case GoLexer.AMP:
                case GoLexer.NOT:
                case GoLexer.CARET:
                case GoLexer.MINUS:
                case GoLexer.PLUS:
                case GoLexer.ARROW:
                case GoLexer.CHAN:
                case GoLexer.MAP:
                case GoLexer.FUNC:
                case GoLexer.ELLIPSIS:
                    if (++chain > MaxPrefixChain) throw TooDeep(token);
                    break;
                default:
                    chain = 0;
                    break;
            }
        }
    }

    private static NestingTooDeepException TooDeep(IToken token) => new(token, "Go source nests too deeply");
}
