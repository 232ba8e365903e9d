using Analyzer.Frontends.Go.Generated;
using Analyzer.Frontends.Antlr;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>
/// Base of the generated Go lexer. The whole file is read on the first call, so that <see cref="GoBodyBraces"/> can
/// retype the '{' that opens the body of each if, for and switch statement as <c>BODY_LBRACE</c> before the parser
/// sees it. It is read by <see cref="GoScanner"/>, which yields the grammar's tokens at a fraction of the automaton's
/// cost; a file the scanner does not take (a stray character, an unterminated or malformed literal, a non-ASCII
/// identifier) is read by the grammar's automaton, whose error reports become the file's diagnostics. Either way
/// newlines become semicolons as <see cref="GoSemicolons"/> says, and comments stay on the hidden channel.
/// </summary>
public abstract class GoLexerBase : Lexer, IReadAheadLexer
{
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
    public List<IToken> ReadAll(int maxTokens)
    {
        if (_tokens is null)
        {
            _tokens = (InputStream is SurrogateSafeInputStream { Text: var text } ? GoScanner.Scan(text, Source, maxTokens) : null)
                      ?? ReadWithAutomaton(maxTokens);
            GoNesting.Check(_tokens);
            GoBodyBraces.Mark(_tokens);
        }
        return _tokens;
    }

    /// <inheritdoc />
    public override IToken NextToken()
    {
        var tokens = ReadAll(int.MaxValue);
        // After the end, keep answering with the EOF token, as a lexer does.
        return tokens[Math.Min(_next++, tokens.Count - 1)];
    }

    /// <summary>Every token of the file, read by the grammar's automaton (tests compare <see cref="GoScanner"/> with it).</summary>
    internal List<IToken> ReadWithAutomaton(int maxTokens) => TokenLists.Read(NextTokenWithSemicolons, InputStream.Size, maxTokens);

    /// <summary>The lexer and its input, the source every token names.</summary>
    internal Tuple<ITokenSource, ICharStream> Source => _source ??= Tuple.Create((ITokenSource)this, (ICharStream)InputStream);

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
                if (!_semicolonDue || !GoSemicolons.ActsLikeNewline(token)) return token;
                _semicolonDue = false;
                _queued = token;
                return GoSemicolons.Before(Source, token);

            case TokenConstants.EOF:
                if (!_semicolonDue) return token;
                _semicolonDue = false;
                _queued = token;
                return GoSemicolons.Before(Source, token);

            default:
                _semicolonDue = GoSemicolons.DueAfter(token.Type);
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
        var token = GoSemicolons.AtNewline(Source, TokenStartCharIndex, TokenStartLine, TokenStartColumn);
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
}
