using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>
/// Reads a Go file into the tokens the grammar's lexer (grammars/go/GoLexer.g4, with <see cref="GoSemicolons"/>)
/// yields for it, with the same types, channels, offsets, lines and columns, without running the lexer's automaton
/// character by character. It takes what real Go code holds: ASCII outside literals and comments, and literals the
/// specification allows. Anything else (a stray character, an unterminated literal or comment, a bad escape, a
/// malformed number, a non-ASCII identifier) makes it return null, and the grammar's automaton reads the file instead
/// and reports the error. Tests compare both on every fixture, on random text and on the Kubernetes corpus.
/// </summary>
internal sealed class GoScanner
{
    // Keywords and operators by their text, read from the grammar's vocabulary.
    private static readonly Dictionary<string, int> Fixed = FixedTokens();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FixedBySpan =
        Fixed.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] TextOf = FixedTexts();

    private readonly string _text;
    private readonly Tuple<ITokenSource, ICharStream> _source;
    private readonly int _maxTokens;
    private readonly List<IToken> _tokens;
    // One string per distinct identifier of the file.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private int _line = 1;
    private int _lineStart;
    private bool _semicolonDue;

    private GoScanner(string text, Tuple<ITokenSource, ICharStream> source, int maxTokens)
    {
        _text = text;
        _source = source;
        _maxTokens = maxTokens;
        _tokens = new List<IToken>(Math.Min(text.Length / 5, maxTokens) + 16);
    }

    /// <summary>The tokens of <paramref name="text"/> (the last is EOF), or null where the grammar's automaton must read
    /// it; throws <see cref="TooManyTokensException"/> at the first token past <paramref name="maxTokens"/>.</summary>
    public static List<IToken>? Scan(string text, Tuple<ITokenSource, ICharStream> source, int maxTokens)
    {
        var scanner = new GoScanner(text, source, maxTokens);
        return scanner.Run() ? scanner._tokens : null;
    }

    private bool Run()
    {
        var text = _text;
        var pos = 0;
        while (true)
        {
            while (pos < text.Length && text[pos] is ' ' or '\t' or '\r') pos++;
            if (pos == text.Length)
            {
                var eof = new CommonToken(_source, TokenConstants.EOF, TokenConstants.DefaultChannel, pos, pos - 1)
                {
                    Line = _line,
                    Column = pos - _lineStart,
                };
                if (_semicolonDue) Add(GoSemicolons.Before(_source, eof));
                _tokens.Add(eof);
                return true;
            }
            var start = pos;
            var c = text[pos];
            if (c == '\n')
            {
                if (_semicolonDue)
                {
                    Add(GoSemicolons.AtNewline(_source, pos, _line, pos - _lineStart));
                    _semicolonDue = false;
                }
                // The NEWLINE rule takes the blank lines and indentation after the newline too.
                while (pos < text.Length && text[pos] is ' ' or '\t' or '\r' or '\n')
                {
                    if (text[pos] == '\n') NewLine(pos);
                    pos++;
                }
                continue;
            }
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_')) pos++;
                if (pos < text.Length && text[pos] >= 0x80) return false;
                var word = text.AsSpan(start, pos - start);
                var keyword = FixedBySpan.TryGetValue(word, out var fixedType) ? fixedType : GoLexer.IDENTIFIER;
                Add(new CommonToken(_source, keyword, TokenConstants.DefaultChannel, start, pos - 1)
                {
                    Line = _line,
                    Column = start - _lineStart,
                    Text = keyword == GoLexer.IDENTIFIER ? Name(word) : TextOf[keyword],
                });
                _semicolonDue = GoSemicolons.DueAfter(keyword);
                continue;
            }
            var line = _line;
            var column = start - _lineStart;
            var type = c switch
            {
                >= '0' and <= '9' => Number(ref pos),
                '.' when pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1]) => Number(ref pos),
                '"' => InterpretedString(ref pos),
                '\'' => Rune(ref pos),
                '`' => RawString(ref pos),
                '/' when pos + 1 < text.Length && text[pos + 1] is '/' or '*' => Comment(ref pos),
                _ => Operator(ref pos),
            };
            if (type == 0) return false;
            // Raw strings and general comments may span lines; the token is where it starts.
            var spansLines = false;
            for (var i = text.IndexOf('\n', start, pos - start); i >= 0; i = text.IndexOf('\n', i + 1, pos - i - 1))
            {
                spansLines = true;
                NewLine(i);
            }
            var comment = type is GoLexer.LINE_COMMENT or GoLexer.GENERAL_COMMENT;
            var token = new CommonToken(_source, type, comment ? TokenConstants.HiddenChannel : TokenConstants.DefaultChannel, start, pos - 1)
            {
                Line = line,
                Column = column,
                Text = type < TextOf.Length ? TextOf[type] : null,
            };
            if (comment)
            {
                if (_semicolonDue && (type == GoLexer.LINE_COMMENT || spansLines))
                {
                    Add(GoSemicolons.Before(_source, token));
                    _semicolonDue = false;
                }
                Add(token);
            }
            else
            {
                Add(token);
                _semicolonDue = GoSemicolons.DueAfter(type);
            }
        }
    }

    private void Add(IToken token)
    {
        if (_tokens.Count == _maxTokens) throw new TooManyTokensException(token, _maxTokens);
        _tokens.Add(token);
    }

    private void NewLine(int at)
    {
        _line++;
        _lineStart = at + 1;
    }

    private string Name(ReadOnlySpan<char> word)
    {
        var names = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (names.TryGetValue(word, out var name)) return name;
        name = word.ToString();
        _names.Add(name, name);
        return name;
    }

    // A line comment ends before the newline; 0 for an unterminated general comment.
    private int Comment(ref int pos)
    {
        if (_text[pos + 1] == '/')
        {
            var end = _text.IndexOf('\n', pos);
            pos = end < 0 ? _text.Length : end;
            return GoLexer.LINE_COMMENT;
        }
        var close = _text.IndexOf("*/", pos + 2, StringComparison.Ordinal);
        if (close < 0) return 0;
        pos = close + 2;
        return GoLexer.GENERAL_COMMENT;
    }

    private int RawString(ref int pos)
    {
        var end = _text.IndexOf('`', pos + 1);
        if (end < 0) return 0;
        pos = end + 1;
        return GoLexer.RAW_STRING_LIT;
    }

    private int InterpretedString(ref int pos)
    {
        var i = pos + 1;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '"')
            {
                pos = i + 1;
                return GoLexer.INTERPRETED_STRING_LIT;
            }
            if (c == '\n') return 0;
            if (c == '\\')
            {
                var length = EscapeLength(i, '"');
                if (length == 0) return 0;
                i += length;
            }
            else
            {
                i++;
            }
        }
        return 0;
    }

    private int Rune(ref int pos)
    {
        var i = pos + 1;
        if (i >= _text.Length) return 0;
        var c = _text[i];
        if (c == '\\')
        {
            var length = EscapeLength(i, '\'');
            if (length == 0) return 0;
            i += length;
        }
        else if (char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1])) i += 2;
        else if (c is '\'' or '\n' || char.IsSurrogate(c)) return 0;
        else i++;
        if (i >= _text.Length || _text[i] != '\'') return 0;
        pos = i + 1;
        return GoLexer.RUNE_LIT;
    }

    // The length of the escape at the backslash at i (\n, \x41, \101, \u00e9, \U0001F600, and \" or \' by the
    // literal's quote), or 0 if there is none.
    private int EscapeLength(int i, char quote)
    {
        if (i + 1 >= _text.Length) return 0;
        var c = _text[i + 1];
        return c switch
        {
            'a' or 'b' or 'f' or 'n' or 'r' or 't' or 'v' or '\\' => 2,
            _ when c == quote => 2,
            'x' => Digits(i + 2, 2, char.IsAsciiHexDigit) ? 4 : 0,
            'u' => Digits(i + 2, 4, char.IsAsciiHexDigit) ? 6 : 0,
            'U' => Digits(i + 2, 8, char.IsAsciiHexDigit) ? 10 : 0,
            >= '0' and <= '7' => Digits(i + 1, 3, IsOctal) ? 4 : 0,
            _ => 0,
        };
    }

    private bool Digits(int from, int count, Func<char, bool> digit)
    {
        if (from + count > _text.Length) return false;
        for (var i = from; i < from + count; i++)
            if (!digit(_text[i])) return false;
        return true;
    }

    // The longest run of characters a number literal can hold; the automaton's longest match is that run exactly when
    // the run is a literal of the specification (GoNumbers), since the number rules use no other character.
    private int Number(ref int pos)
    {
        var start = pos;
        var hex = _text[pos] == '0' && pos + 1 < _text.Length && _text[pos + 1] is 'x' or 'X';
        var i = pos;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.') i++;
            else if (c is '+' or '-' && (hex ? _text[i - 1] is 'p' or 'P' : _text[i - 1] is 'e' or 'E')) i++;
            else break;
        }
        if (i < _text.Length && _text[i] >= 0x80) return 0;
        pos = i;
        return GoNumbers.Classify(_text.AsSpan(start, i - start));
    }

    private int Operator(ref int pos)
    {
        for (var length = Math.Min(3, _text.Length - pos); length > 0; length--)
        {
            if (FixedBySpan.TryGetValue(_text.AsSpan(pos, length), out var type))
            {
                pos += length;
                return type;
            }
        }
        return 0;
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static Dictionary<string, int> FixedTokens()
    {
        var vocabulary = (Vocabulary)GoLexer.DefaultVocabulary;
        var tokens = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var type = 1; type <= vocabulary.getMaxTokenType(); type++)
            if (vocabulary.GetLiteralName(type) is { Length: > 2 } literal)
                tokens[literal[1..^1]] = type;
        return tokens;
    }

    private static string[] FixedTexts()
    {
        var texts = new string[Fixed.Values.Max() + 1];
        foreach (var (text, type) in Fixed) texts[type] = text;
        return texts;
    }
}
