using System.Globalization;
using System.Text;

namespace Analyzer.Frontends.Python.Lowering;

/// <summary>
/// Decodes Python string literals as the reference defines them (2.4.1): prefixes, quotes, escape sequences (simple
/// escapes, octal, \x, \u, \U, \N{...} kept as written), raw strings verbatim, and the doubled braces of f-string
/// literal parts.
/// </summary>
internal static class PythonStrings
{
    /// <summary>The prefix letters of a string token and where its body starts and ends.</summary>
    public readonly record struct Literal(string Prefix, string Body)
    {
        /// <summary>True for a byte string.</summary>
        public bool IsBytes => Prefix.Contains('b', StringComparison.OrdinalIgnoreCase);

        /// <summary>True for a raw string (no escapes).</summary>
        public bool IsRaw => Prefix.Contains('r', StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Splits a STRING token's text into its prefix and the body between its quotes.</summary>
    public static Literal Split(string token)
    {
        var i = 0;
        while (i < token.Length && token[i] is not ('\'' or '"')) i++;
        var prefix = token[..i];
        if (i >= token.Length) return new Literal(prefix, string.Empty);
        var quote = token[i];
        var triple = i + 2 < token.Length && token[i + 1] == quote && token[i + 2] == quote && token.Length - i >= 6;
        var open = triple ? 3 : 1;
        var start = i + open;
        var end = token.Length;
        // The closing quotes, when present (an unterminated string the lexer recovered from may lack them).
        var close = 0;
        while (close < open && end - close - 1 >= start && token[end - close - 1] == quote) close++;
        end -= close;
        return new Literal(prefix, end > start ? token[start..end] : string.Empty);
    }

    /// <summary>The value of a STRING token.</summary>
    public static string Decode(string token)
    {
        var literal = Split(token);
        return literal.IsRaw ? literal.Body : Unescape(literal.Body, literal.IsBytes, fstring: false);
    }

    /// <summary>The value of a literal part of an f-string: escapes decoded (unless raw) and {{ }} undoubled.</summary>
    public static string DecodeFStringPart(string text, bool raw) =>
        Unescape(text, bytes: false, fstring: true, raw);

    private static string Unescape(string body, bool bytes, bool fstring, bool raw = false)
    {
        if (body.IndexOf('\\') < 0 && (!fstring || (body.IndexOf('{') < 0 && body.IndexOf('}') < 0))) return body;
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (fstring && c is '{' or '}' && i + 1 < body.Length && body[i + 1] == c)
            {
                builder.Append(c);
                i++;
                continue;
            }
            if (c != '\\' || raw || i + 1 >= body.Length)
            {
                builder.Append(c);
                continue;
            }
            var next = body[i + 1];
            switch (next)
            {
                case '\n':
                    i++;
                    break;
                case '\r':
                    i++;
                    if (i + 1 < body.Length && body[i + 1] == '\n') i++;
                    break;
                case '\\': builder.Append('\\'); i++; break;
                case '\'': builder.Append('\''); i++; break;
                case '"': builder.Append('"'); i++; break;
                case 'a': builder.Append('\a'); i++; break;
                case 'b': builder.Append('\b'); i++; break;
                case 'f': builder.Append('\f'); i++; break;
                case 'n': builder.Append('\n'); i++; break;
                case 'r': builder.Append('\r'); i++; break;
                case 't': builder.Append('\t'); i++; break;
                case 'v': builder.Append('\v'); i++; break;
                case >= '0' and <= '7':
                {
                    var value = 0;
                    var j = i + 1;
                    while (j < body.Length && j < i + 4 && body[j] is >= '0' and <= '7') value = value * 8 + (body[j++] - '0');
                    builder.Append((char)value);
                    i = j - 1;
                    break;
                }
                case 'x':
                    i = Hex(body, i, 2, builder);
                    break;
                case 'u' when !bytes:
                    i = Hex(body, i, 4, builder);
                    break;
                case 'U' when !bytes:
                    i = Hex(body, i, 8, builder);
                    break;
                default:
                    // Unknown escapes (and \N{...}) keep the backslash, as Python does for unknown ones.
                    builder.Append('\\');
                    break;
            }
        }
        return builder.ToString();
    }

    // \x, \u, \U with exactly `digits` hex digits; malformed ones stay as written.
    private static int Hex(string body, int backslash, int digits, StringBuilder builder)
    {
        var start = backslash + 2;
        if (start + digits > body.Length || !int.TryParse(body.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            builder.Append('\\');
            return backslash;
        }
        if (value is >= 0 and <= 0x10FFFF && value is < 0xD800 or > 0xDFFF)
            builder.Append(char.ConvertFromUtf32(value));
        else
            builder.Append((char)(value & 0xFFFF));
        return start + digits - 1;
    }
}
