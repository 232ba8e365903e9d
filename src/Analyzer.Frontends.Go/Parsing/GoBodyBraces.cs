using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>
/// Finds the '{' that opens the body of each if, for and switch statement and retypes it BODY_LBRACE.
/// <para>
/// The specification (section "Composite literals"): "A parsing ambiguity arises when a composite literal using the
/// TypeName form of the LiteralType appears as an operand between the keyword and the opening brace of the block of
/// an "if", "for", or "switch" statement, and the composite literal is not enclosed in parentheses, square brackets,
/// or curly braces. In this rare case, the opening brace of the literal is erroneously parsed as the one introducing
/// the block of statements." So in a header, outside any bracket, a '{' is the body's unless the operand before it
/// is a composite literal of an array, slice, map or struct type (written with '[', map or struct), or the body of
/// a function literal (after func and its signature). That is decided here from the tokens, exactly as Go's parser
/// decides it from the kind of operand.
/// </para>
/// <para>
/// Why not in the grammar: with a plain '{' after the header's expression, '{' would follow every expression in
/// the grammar, and SLL prediction (which ignores the calling context) would then read whole function literals and
/// composite literals ahead to choose between "literal" and "statement body". With BODY_LBRACE, no expression is
/// ever followed by '{' and those decisions need one token.
/// </para>
/// </summary>
internal static class GoBodyBraces
{
    // The default-channel tokens of the file being marked; kept per thread so that big files do not allocate a new
    // large list each time.
    [ThreadStatic]
    private static List<IToken>? t_code;

    /// <summary>Retypes the body braces among <paramref name="tokens"/> (all channels; hidden tokens are skipped).</summary>
    public static void Mark(List<IToken> tokens)
    {
        var code = t_code ??= [];
        try
        {
            foreach (var token in tokens)
                if (token.Channel == TokenConstants.DefaultChannel && token.Type != TokenConstants.EOF)
                    code.Add(token);

            var scanner = new Scanner(code);
            for (var i = 0; i < code.Count; i++)
            {
                var type = code[i].Type;
                if (type != GoLexer.IF && type != GoLexer.FOR && type != GoLexer.SWITCH) continue;
                var body = scanner.FindBody(i + 1);
                if (body >= 0 && code[body] is IWritableToken brace) brace.Type = GoLexer.BODY_LBRACE;
            }
        }
        finally
        {
            code.Clear();
        }
    }

    private readonly struct Scanner(List<IToken> code)
    {
        private int Type(int i) => i < code.Count ? code[i].Type : TokenConstants.EOF;

        // From the first token after if/for/switch to the body's '{'; -1 when the header is malformed.
        public int FindBody(int i)
        {
            var operandExpected = true;
            while (true)
            {
                switch (Type(i))
                {
                    case GoLexer.LBRACE:
                        return i;

                    case GoLexer.LPAREN:
                        i = SkipBalanced(i);
                        operandExpected = false;
                        break;

                    case GoLexer.LBRACK when !operandExpected:
                        i = SkipBalanced(i); // index or slice
                        break;

                    case GoLexer.LBRACK:
                    case GoLexer.MAP:
                    case GoLexer.STRUCT:
                        // An array, slice, map or struct type: a '{' right after it opens its literal.
                        i = SkipType(i);
                        if (Type(i) == GoLexer.LBRACE) i = SkipBalanced(i);
                        operandExpected = false;
                        break;

                    case GoLexer.FUNC:
                        // A function type, or a function literal when its body follows.
                        i = SkipType(i);
                        if (Type(i) == GoLexer.LBRACE) i = SkipBalanced(i);
                        operandExpected = false;
                        break;

                    case GoLexer.CHAN:
                    case GoLexer.INTERFACE:
                        i = SkipType(i);
                        operandExpected = false;
                        break;

                    case GoLexer.ARROW when operandExpected && Type(i + 1) == GoLexer.CHAN:
                        i = SkipType(i);
                        operandExpected = false;
                        break;

                    case GoLexer.DOT:
                        // Selector, or type assertion / type switch guard.
                        i = Type(i + 1) == GoLexer.LPAREN ? SkipBalanced(i + 1) : i + 2;
                        operandExpected = false;
                        break;

                    case GoLexer.IDENTIFIER:
                    case GoLexer.INT_LIT:
                    case GoLexer.FLOAT_LIT:
                    case GoLexer.IMAGINARY_LIT:
                    case GoLexer.RUNE_LIT:
                    case GoLexer.RAW_STRING_LIT:
                    case GoLexer.INTERPRETED_STRING_LIT:
                    case GoLexer.PLUS_PLUS:
                    case GoLexer.MINUS_MINUS:
                        i++;
                        operandExpected = false;
                        break;

                    case TokenConstants.EOF:
                    case GoLexer.RBRACE:
                    case GoLexer.RPAREN:
                    case GoLexer.RBRACK:
                    case GoLexer.IF:
                    case GoLexer.FOR:
                    case GoLexer.SWITCH:
                    case GoLexer.SELECT:
                    case GoLexer.RETURN:
                    case GoLexer.CASE:
                    case GoLexer.DEFAULT:
                    case GoLexer.ELSE:
                    case GoLexer.GO:
                    case GoLexer.DEFER:
                    case GoLexer.VAR:
                    case GoLexer.CONST:
                    case GoLexer.TYPE:
                    case GoLexer.PACKAGE:
                    case GoLexer.IMPORT:
                    case GoLexer.BREAK:
                    case GoLexer.CONTINUE:
                    case GoLexer.GOTO:
                    case GoLexer.FALLTHROUGH:
                        return -1; // not a header: leave the tokens to the parser's diagnostics

                    default:
                        // Operators, ',', ';', '=', ':=', range: an operand comes next.
                        i++;
                        operandExpected = true;
                        break;
                }
            }
        }

        // Skips one type (section "Types") starting at i; returns the index after it. Iterative, so that a
        // pathologically nested type cannot exhaust the stack.
        private int SkipType(int i)
        {
            while (true)
            {
                switch (Type(i))
                {
                    case GoLexer.IDENTIFIER:
                        i++;
                        if (Type(i) == GoLexer.DOT && Type(i + 1) == GoLexer.IDENTIFIER) i += 2;
                        return Type(i) == GoLexer.LBRACK ? SkipBalanced(i) : i; // type arguments
                    case GoLexer.STAR:
                        i++;
                        continue;
                    case GoLexer.LBRACK:
                        i = SkipBalanced(i); // [N], [...] or []
                        continue;
                    case GoLexer.MAP:
                        i = Type(i + 1) == GoLexer.LBRACK ? SkipBalanced(i + 1) : i + 1;
                        continue;
                    case GoLexer.CHAN:
                        i += Type(i + 1) == GoLexer.ARROW ? 2 : 1;
                        continue;
                    case GoLexer.ARROW:
                        i++;
                        continue;
                    case GoLexer.FUNC:
                        i++;
                        if (Type(i) == GoLexer.LPAREN) i = SkipBalanced(i);
                        if (Type(i) == GoLexer.LPAREN) return SkipBalanced(i); // (results)
                        if (!StartsType(i)) return i;
                        continue; // a single result type
                    case GoLexer.STRUCT:
                    case GoLexer.INTERFACE:
                        i++;
                        return Type(i) == GoLexer.LBRACE ? SkipBalanced(i) : i;
                    case GoLexer.LPAREN:
                        return SkipBalanced(i);
                    default:
                        return i;
                }
            }
        }

        private bool StartsType(int i) => Type(i) switch
        {
            GoLexer.IDENTIFIER or GoLexer.STAR or GoLexer.LBRACK or GoLexer.MAP or GoLexer.CHAN or GoLexer.FUNC
                or GoLexer.STRUCT or GoLexer.INTERFACE or GoLexer.LPAREN => true,
            GoLexer.ARROW => Type(i + 1) == GoLexer.CHAN,
            _ => false,
        };

        // i is at '(', '[' or '{'; returns the index after the bracket that closes it.
        private int SkipBalanced(int i)
        {
            var depth = 0;
            for (; i < code.Count; i++)
            {
                switch (code[i].Type)
                {
                    case GoLexer.LPAREN or GoLexer.LBRACK or GoLexer.LBRACE:
                        depth++;
                        break;
                    case GoLexer.RPAREN or GoLexer.RBRACK or GoLexer.RBRACE:
                        if (--depth == 0) return i + 1;
                        break;
                }
            }
            return code.Count;
        }
    }
}
