using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Generated;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace Analyzer.Frontends.Python.Parsing;

/// <summary>
/// What the generated Python lexer cannot say in rules (reference chapter 2): NEWLINE only at the end of a logical
/// line, INDENT/DEDENT from a stack of indentation levels, implicit line joining inside brackets, and the state of
/// f-strings (PEP 701), whose replacement fields switch between the literal-part modes and the default mode.
/// Indentation and f-string problems are reported through the lexer's error listeners at the offending token;
/// they never throw.
/// </summary>
public abstract class PythonLexerBase : Lexer
{
    private const int TabSize = 8;
    private const int DefaultModeIndex = 0;

    // Tokens produced ahead of the one the parser asked for: INDENT/DEDENT before a line's first token, and the
    // NEWLINE and DEDENTs at the end of input.
    private readonly Queue<IToken> _pending = new();

    // Indentation levels, innermost last: the column with tabs to the next multiple of 8, and the column with
    // tabs counted as one; the reference calls the indentation inconsistent when the two orders disagree (2.1.8).
    private readonly List<(int Column, int AltColumn)> _indents = [(0, 0)];

    // Open brackets, replacement-field braces included; line breaks inside them are not logical line ends.
    private int _bracketDepth;

    // CPython's tokenizer refuses more than 200 open brackets ("too many nested parentheses"); so do we, which also
    // keeps ANTLR's unguarded prediction recursion far from the end of any thread's stack.
    private const int MaxBracketDepth = 200;

    // No token of the current logical line has been seen yet.
    private bool _atLogicalLineStart = true;

    // Start of the current physical line, for measuring indentation.
    private int _physicalLineStart;

    private bool _atEndOfInput;

    private readonly List<FString> _fstrings = [];

    // For each open replacement field, innermost last: the bracket depth outside its '{'.
    private readonly List<int> _fields = [];

    /// <summary>Creates the lexer over <paramref name="input"/>.</summary>
    protected PythonLexerBase(ICharStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }

    /// <inheritdoc />
    public override IToken NextToken()
    {
        if (_pending.Count > 0) return _pending.Dequeue();
        var mode = CurrentMode;
        var token = base.NextToken();
        while (token.Type == PythonLexer.LINE_JOIN)
        {
            var join = token.StartIndex;
            token = base.NextToken();
            if (token.Type == TokenConstants.EOF)
                Report(join, "unexpected end of input after a line-continuation backslash");
        }
        // ANTLR counts lines at '\n' only; a lone CR ends a line too (2.1.2).
        if (InputStream.LA(-1) == '\r' && InputStream.LA(1) != '\n' && token.StopIndex == InputStream.Index - 1)
        {
            Interpreter.Line++;
            Interpreter.Column = 0;
        }
        return token.Type switch
        {
            TokenConstants.EOF => AtEndOfInput(token),
            PythonLexer.NEWLINE => LineBreak(token),
            _ when token.Channel != DefaultTokenChannel => token,
            _ => Significant(token, mode),
        };
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _indents.Clear();
        _indents.Add((0, 0));
        _bracketDepth = 0;
        _atLogicalLineStart = true;
        _physicalLineStart = 0;
        _atEndOfInput = false;
        _fstrings.Clear();
        _fields.Clear();
    }

    /// <summary>Reports characters no token starts with. Replaces ANTLR's report, which throws on a lone surrogate
    /// and points at the end of what it tried rather than at its start.</summary>
    public override void NotifyListeners(LexerNoViableAltException e)
    {
        var start = TokenStartCharIndex;
        var first = CharAt(start);
        var message = OpensString(start)
            ? "unterminated string literal: the closing quote is missing on this line"
            : $"unexpected character {Describe(first)}";
        Report(start, message);
    }

    /// <summary>Skips past what could not be read: an unterminated string to the end of its line, anything else by
    /// one character, so the rest of the line is read normally.</summary>
    public override void Recover(LexerNoViableAltException e)
    {
        var input = (ICharStream)InputStream;
        var start = TokenStartCharIndex;
        input.Seek(start);
        Interpreter.Line = TokenStartLine;
        Interpreter.Column = TokenStartColumn;
        var inString = OpensString(start);
        do
        {
            if (input.LA(1) == IntStreamConstants.EOF) break;
            Interpreter.Consume(input);
        }
        while (inString && input.LA(1) is not ('\r' or '\n'));
    }

    /// <summary>Predicate of the ':=' token: false at the top level of an f-string replacement field, where ':'
    /// starts the format spec.</summary>
    protected bool WalrusAllowed() => !AtFieldTopLevel;

    /// <summary>Predicate of the byte order mark: only the first character of the input may be one.</summary>
    protected bool AtStartOfInput() => TokenStartCharIndex == 0;

    /// <summary>Predicate of <c>\N{...}</c> escapes, which raw f-strings do not have.</summary>
    protected bool InRawFString() => _fstrings.Count > 0 && _fstrings[^1].Raw;

    /// <summary>Predicate of line breaks in format specs, allowed only in triple-quoted f-strings.</summary>
    protected bool InTripleQuotedFString() => _fstrings.Count > 0 && _fstrings[^1].Triple;

    private bool AtFieldTopLevel => _fields.Count > 0 && _bracketDepth == _fields[^1] + 1;

    private IToken LineBreak(IToken token)
    {
        _physicalLineStart = token.StopIndex + 1;
        if (_bracketDepth > 0 || _atLogicalLineStart)
        {
            // Implicit line joining, a blank line or a comment-only line (2.1.5-2.1.7).
            var nl = (IWritableToken)token;
            nl.Type = PythonLexer.NL;
            nl.Channel = Hidden;
            return token;
        }
        _atLogicalLineStart = true;
        return token;
    }

    private IToken Significant(IToken token, int mode)
    {
        if (token.Type == PythonLexer.ERRORTOKEN)
        {
            // A line break ends an unterminated single-quoted f-string: report it, then read the break as a line
            // break, so the next line parses on its own.
            Unterminated();
            ((IWritableToken)token).Type = PythonLexer.NEWLINE;
            return LineBreak(token);
        }
        switch (mode)
        {
            case DefaultModeIndex:
                InDefaultMode(token);
                break;
            case PythonLexer.FORMAT_SPEC:
                InFormatSpec(token);
                break;
            default:
                InFStringLiteral(token);
                break;
        }
        if (!_atLogicalLineStart) return token;
        _atLogicalLineStart = false;
        Indent(token);
        if (_pending.Count == 0) return token;
        _pending.Enqueue(token);
        return _pending.Dequeue();
    }

    private void InDefaultMode(IToken token)
    {
        switch (token.Type)
        {
            case PythonLexer.LPAR:
            case PythonLexer.LSQB:
            case PythonLexer.LBRACE:
                if (++_bracketDepth > MaxBracketDepth)
                    throw new NestingTooDeepException(token, $"more than {MaxBracketDepth} nested brackets");
                break;
            case PythonLexer.RPAR:
            case PythonLexer.RSQB:
                // A stray closer never closes a replacement field's '{' (the parser reports it).
                if (_bracketDepth > (_fields.Count > 0 ? _fields[^1] + 1 : 0)) _bracketDepth--;
                break;
            case PythonLexer.RBRACE:
                if (AtFieldTopLevel)
                {
                    CloseField();
                    PopMode();
                }
                else if (_bracketDepth > 0)
                {
                    _bracketDepth--;
                }
                break;
            case PythonLexer.COLON:
                if (AtFieldTopLevel) PushMode(PythonLexer.FORMAT_SPEC);
                break;
            case PythonLexer.FSTRING_START:
                OpenFString(token);
                break;
            case PythonLexer.STRING:
                UnterminatedLongString(token);
                break;
        }
    }

    // A triple-quoted string without its closing quotes lexes as an empty string ('' or "") followed by the third
    // quote: report it once and treat the rest of the input as the (error) string.
    private void UnterminatedLongString(IToken token)
    {
        var input = (ICharStream)InputStream;
        var stop = token.StopIndex;
        if (stop - token.StartIndex > 3 || input.LA(1) != input.LA(-1)) return;
        var text = token.Text;
        if (text.Length < 2 || text[^1] != text[^2]) return;
        Report(token.StartIndex, "unterminated triple-quoted string literal: the input ends before its closing quotes");
        var writable = (CommonToken)token;
        writable.Type = PythonLexer.ERRORTOKEN;
        writable.Text = text + text[^1];
        writable.StopIndex = input.Size - 1;
        input.Seek(input.Size);
    }

    private void InFStringLiteral(IToken token)
    {
        switch (token.Type)
        {
            case PythonLexer.LBRACE:
                OpenField();
                break;
            case PythonLexer.FSTRING_END:
                PopMode();
                _fstrings.RemoveAt(_fstrings.Count - 1);
                break;
        }
    }

    private void InFormatSpec(IToken token)
    {
        switch (token.Type)
        {
            case PythonLexer.LBRACE:
                OpenField();
                break;
            case PythonLexer.RBRACE:
                // Ends the spec and the field that owns it.
                PopMode();
                PopMode();
                CloseField();
                break;
            case PythonLexer.NL:
                // A line break in a single-quoted f-string's spec ends the spec; the field continues.
                PopMode();
                ((IWritableToken)token).Channel = Hidden;
                break;
        }
    }

    private void OpenFString(IToken token)
    {
        var text = token.Text;
        var triple = text.EndsWith("'''", StringComparison.Ordinal) || text.EndsWith("\"\"\"", StringComparison.Ordinal);
        var quote = text[^1];
        var raw = text.Contains('r', StringComparison.OrdinalIgnoreCase);
        _fstrings.Add(new FString(raw, triple, token.StartIndex, ModeStack.Count, _bracketDepth, _fields.Count));
        PushMode((quote, triple) switch
        {
            ('\'', false) => PythonLexer.FSTRING_SQ,
            ('"', false) => PythonLexer.FSTRING_DQ,
            ('\'', true) => PythonLexer.FSTRING_TSQ,
            _ => PythonLexer.FSTRING_TDQ,
        });
    }

    private void OpenField()
    {
        _fields.Add(_bracketDepth);
        _bracketDepth++;
        PushMode(DefaultModeIndex);
    }

    private void CloseField()
    {
        _bracketDepth = _fields[^1];
        _fields.RemoveAt(_fields.Count - 1);
    }

    // A line break inside a single-quoted f-string: report it at the f-string's start and return to the state
    // before it.
    private void Unterminated()
    {
        Report(_fstrings[^1].Start, "unterminated f-string: a single-quoted f-string must end on its line");
        LeaveFStrings(_fstrings.Count - 1);
    }

    // Drops the f-string at `index` and those nested in it, back to the state before it began.
    private void LeaveFStrings(int index)
    {
        var fstring = _fstrings[index];
        while (ModeStack.Count > fstring.ModeDepth) PopMode();
        _bracketDepth = fstring.BracketDepth;
        _fields.RemoveRange(fstring.FieldCount, _fields.Count - fstring.FieldCount);
        _fstrings.RemoveRange(index, _fstrings.Count - index);
    }

    // 2.1.8 Indentation, measured at the first token of a logical line.
    private void Indent(IToken token)
    {
        var (column, alt) = MeasureIndentation(token.StartIndex);
        var (top, topAlt) = _indents[^1];
        if (column == top)
        {
            if (alt != topAlt) Report(token.StartIndex, InconsistentTabs);
            return;
        }
        if (column > top)
        {
            if (alt <= topAlt) Report(token.StartIndex, InconsistentTabs);
            _indents.Add((column, alt));
            _pending.Enqueue(Synthetic(PythonLexer.INDENT, token, "<INDENT>"));
            return;
        }
        while (_indents.Count > 1 && column < _indents[^1].Column)
        {
            _indents.RemoveAt(_indents.Count - 1);
            _pending.Enqueue(Synthetic(PythonLexer.DEDENT, token, "<DEDENT>"));
        }
        if (column != _indents[^1].Column)
            Report(token.StartIndex, "unindent does not match any outer indentation level; the line is read as if it were indented like the enclosing block");
        else if (alt != _indents[^1].AltColumn)
            Report(token.StartIndex, InconsistentTabs);
    }

    private const string InconsistentTabs =
        "inconsistent use of tabs and spaces in indentation; indent with spaces only (a tab counts up to the next multiple of 8 columns)";

    private (int Column, int AltColumn) MeasureIndentation(int tokenStart)
    {
        // The logical line's first physical line decides, even when it holds only a backslash that joins it to the
        // next one.
        var input = (ICharStream)InputStream;
        var from = Math.Min(_physicalLineStart, tokenStart);
        var leading = from < tokenStart ? input.GetText(Interval.Of(from, tokenStart - 1)) : string.Empty;
        int column = 0, alt = 0;
        foreach (var c in leading)
        {
            switch (c)
            {
                case ' ':
                    column++;
                    alt++;
                    break;
                case '\t':
                    column = (column / TabSize + 1) * TabSize;
                    alt++;
                    break;
                case '\f':
                    // A form feed resets the count (2.1.8).
                    column = 0;
                    alt = 0;
                    break;
                case '\uFEFF':
                    break;
                default:
                    return (column, alt);
            }
        }
        return (column, alt);
    }

    private IToken AtEndOfInput(IToken eof)
    {
        if (_atEndOfInput) return eof;
        _atEndOfInput = true;
        if (_fstrings.Count > 0)
        {
            Report(_fstrings[0].Start, "unterminated f-string: the input ends inside it");
            LeaveFStrings(0);
        }
        if (!_atLogicalLineStart) _pending.Enqueue(Synthetic(PythonLexer.NEWLINE, eof, "<NEWLINE>"));
        for (var i = 1; i < _indents.Count; i++) _pending.Enqueue(Synthetic(PythonLexer.DEDENT, eof, "<DEDENT>"));
        _indents.RemoveRange(1, _indents.Count - 1);
        _atLogicalLineStart = true;
        _pending.Enqueue(eof);
        return _pending.Dequeue();
    }

    // A zero-width token just before `at`.
    private IToken Synthetic(int type, IToken at, string text)
    {
        var start = at.Type == TokenConstants.EOF ? ((ICharStream)InputStream).Size : at.StartIndex;
        var token = new CommonToken(Tuple.Create((ITokenSource)this, (ICharStream)InputStream), type, DefaultTokenChannel, start, start - 1)
        {
            Line = at.Line,
            Column = at.Column,
            Text = text,
        };
        return token;
    }

    // True when the characters at `start` open a string literal (an optional prefix, then a quote).
    private bool OpensString(int start)
    {
        var i = 0;
        while (i < 2 && CharAt(start + i) is 'r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F') i++;
        return CharAt(start + i) is '\'' or '"';
    }

    private char CharAt(int offset)
    {
        var input = (ICharStream)InputStream;
        return offset >= 0 && offset < input.Size ? input.GetText(Interval.Of(offset, offset))[0] : '\0';
    }

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) || c == '\uFEFF'
            ? $"U+{(int)c:X4}"
            : $"'{c}' (U+{(int)c:X4})";

    // Reports at character `offset`: the error listener reads the lexer's input position.
    private void Report(int offset, string message)
    {
        var input = (ICharStream)InputStream;
        var resume = input.Index;
        input.Seek(Math.Clamp(offset, 0, input.Size));
        ErrorListenerDispatch.SyntaxError(ErrorOutput, this, 0, Line, Column, message, null);
        input.Seek(resume);
    }

    private sealed record FString(bool Raw, bool Triple, int Start, int ModeDepth, int BracketDepth, int FieldCount);
}
