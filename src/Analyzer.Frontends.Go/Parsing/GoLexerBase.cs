using Analyzer.Frontends.Go.Generated;
using Analyzer.Frontends.Antlr;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>
/// Base of the generated Go lexer: automatic semicolon insertion as the Go specification states it (section
/// "Semicolons"). After a line's final token, a newline becomes a <c>SEMI</c> token when that token is an
/// identifier, a basic literal, one of the keywords <c>break continue fallthrough return</c>, or one of
/// <c>++ -- ) ] }</c>; otherwise the newline is dropped. A line comment, or a general comment that spans lines,
/// acts like a newline; so does the end of the file. Comments stay on the hidden channel.
/// <para>
/// The whole file is read on the first call, so that <see cref="GoBodyBraces"/> can retype the '{' that opens the
/// body of each if, for and switch statement as <c>BODY_LBRACE</c> before the parser sees it.
/// </para>
/// </summary>
public abstract class GoLexerBase : Lexer, IReadAheadLexer
{
    private static readonly bool[] EndsLine = BuildEndsLine();

    // A token produced with the one returned: the comment or EOF that a semicolon was inserted before.
    private IToken? _queued;

    private Tuple<ITokenSource, ICharStream>? _source;

    // The file's tokens, read ahead on the first call, and the next one to hand out.
    private List<IToken>? _tokens;
    private int _next;

    // The last token the parser will see may end a statement: the next line end inserts a semicolon.
    private bool _semicolonDue;

    // The NEWLINE being matched has become SEMI (see OnNewline and Emit).
    private bool _newlineSemicolon;

    /// <summary>Creates the lexer over <paramref name="input"/>.</summary>
    protected GoLexerBase(ICharStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }

    /// <inheritdoc />
    public int MaxTokens { private get; set; } = int.MaxValue;

    /// <inheritdoc />
    public override IToken NextToken()
    {
        if (_tokens is null)
        {
            _tokens = new List<IToken>(Math.Min(InputStream.Size / 5, MaxTokens) + 16);
            IToken token;
            do
            {
                token = NextTokenWithSemicolons();
                if (token.Type != TokenConstants.EOF && _tokens.Count == MaxTokens) throw new TooManyTokensException(token, MaxTokens);
                _tokens.Add(token);
            }
            while (token.Type != TokenConstants.EOF);
            GoNesting.Check(_tokens);
            GoBodyBraces.Mark(_tokens);
        }
        // After the end, keep answering with the EOF token, as a lexer does.
        return _tokens[Math.Min(_next++, _tokens.Count - 1)];
    }

    private IToken NextTokenWithSemicolons()
    {
        if (_queued is not null)
        {
            var queued = _queued;
            _queued = null;
            return queued;
        }

        // Blanks between tokens are skipped here rather than matched by the WS rule: the same result, without a pass
        // through the lexer's automaton for every run of blanks.
        var input = (ICharStream)InputStream;
        int c;
        while ((c = input.LA(1)) == ' ' || c == '\t' || c == '\r')
        {
            input.Consume();
            Interpreter.Column++;
        }

        var token = base.NextToken();
        switch (token.Type)
        {
            case GoLexer.LINE_COMMENT:
            case GoLexer.GENERAL_COMMENT:
                // "A general comment containing no newlines acts like a space. Any other comment acts like a newline."
                if (!_semicolonDue || (token.Type == GoLexer.GENERAL_COMMENT && !token.Text.Contains('\n')))
                    return token;
                _semicolonDue = false;
                _queued = token;
                return Semicolon(token);

            case TokenConstants.EOF:
                if (!_semicolonDue) return token;
                _semicolonDue = false;
                _queued = token;
                return Semicolon(token);

            default:
                _semicolonDue = token.Type < EndsLine.Length && EndsLine[token.Type];
                return token;
        }
    }

    /// <summary>
    /// The action of the NEWLINE rule (a newline with the blank lines and indentation after it): it becomes SEMI when a
    /// semicolon is due, and is skipped otherwise.
    /// </summary>
    protected void OnNewline()
    {
        if (_semicolonDue)
        {
            Type = GoLexer.SEMI;
            _semicolonDue = false;
            _newlineSemicolon = true;
        }
        else
        {
            Skip();
        }
    }

    /// <inheritdoc />
    public override IToken Emit()
    {
        if (!_newlineSemicolon) return base.Emit();
        // A newline turned into SEMI: the token is the first '\n' only, not the blank lines and indentation after it.
        _newlineSemicolon = false;
        _source ??= Tuple.Create((ITokenSource)this, (ICharStream)InputStream);
        var token = new CommonToken(_source, GoLexer.SEMI, DefaultTokenChannel, TokenStartCharIndex, TokenStartCharIndex)
        {
            Line = TokenStartLine,
            Column = TokenStartColumn,
            Text = "\n",
        };
        Emit(token);
        return token;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        _queued = null;
        _semicolonDue = false;
        _newlineSemicolon = false;
        _tokens = null;
        _next = 0;
        _source = null;
        base.Reset();
    }

    // A semicolon inserted where a comment or the end of the file ends the line: an empty token at its start. (One
    // that replaces a newline is the newline's own token; see OnNewline.)
    private IToken Semicolon(IToken at)
    {
        _source ??= Tuple.Create((ITokenSource)this, (ICharStream)InputStream);
        return new CommonToken(_source, GoLexer.SEMI, DefaultTokenChannel, at.StartIndex, at.StartIndex - 1)
        {
            Line = at.Line,
            Column = at.Column,
            Text = string.Empty,
        };
    }

    private static bool[] BuildEndsLine()
    {
        int[] types =
        [
            GoLexer.IDENTIFIER,
            GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT,
            GoLexer.RAW_STRING_LIT, GoLexer.INTERPRETED_STRING_LIT,
            GoLexer.BREAK, GoLexer.CONTINUE, GoLexer.FALLTHROUGH, GoLexer.RETURN,
            GoLexer.PLUS_PLUS, GoLexer.MINUS_MINUS, GoLexer.RPAREN, GoLexer.RBRACK, GoLexer.RBRACE,
        ];
        var ends = new bool[types.Max() + 1];
        foreach (var type in types) ends[type] = true;
        return ends;
    }
}
