using System.Globalization;
using System.Text;

namespace Analyzer.Frontends.Go.Lowering;

/// <summary>
/// Decodes Go string and rune literals (section "String literals" and "Rune literals"): raw strings verbatim without
/// carriage returns; interpreted strings with their escapes, where <c>\xNN</c> and <c>\NNN</c> are single bytes and
/// the result is read as UTF-8 (an invalid sequence becomes U+FFFD).
/// </summary>
internal static class GoStrings
{
    /// <summary>The value of the literal token <paramref name="literal"/>, quotes included.</summary>
    public static string Decode(string literal)
    {
        if (literal.Length < 2) return string.Empty;
        var quote = literal[0];
        var body = literal.AsSpan(1, literal[^1] == quote ? literal.Length - 2 : literal.Length - 1);
        if (quote == '`') return body.Contains('\r') ? body.ToString().Replace("\r", string.Empty, StringComparison.Ordinal) : body.ToString();
        if (!body.Contains('\\')) return body.ToString();
        return Unescape(body);
    }

    private static string Unescape(ReadOnlySpan<char> body)
    {
        var bytes = new List<byte>(body.Length);
        var run = 0; // start of the current run of plain characters
        var i = 0;
        while (i < body.Length)
        {
            if (body[i] != '\\' || i + 1 >= body.Length)
            {
                i++;
                continue;
            }
            bytes.AddRange(Encoding.UTF8.GetBytes(body[run..i].ToString()));
            var c = body[i + 1];
            i += 2;
            switch (c)
            {
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'x' when Hex(body, i, 2, out var value):
                    bytes.Add((byte)value);
                    i += 2;
                    break;
                case 'u' when Hex(body, i, 4, out var value):
                    AddCodePoint(bytes, value);
                    i += 4;
                    break;
                case 'U' when Hex(body, i, 8, out var value):
                    AddCodePoint(bytes, value);
                    i += 8;
                    break;
                case >= '0' and <= '7' when i + 1 < body.Length && IsOctal(body[i]) && IsOctal(body[i + 1]):
                    bytes.Add((byte)(((c - '0') << 6) | ((body[i] - '0') << 3) | (body[i + 1] - '0')));
                    i += 2;
                    break;
                default:
                    // Not a valid escape (the lexer rejects it): keep it as written.
                    bytes.AddRange(Encoding.UTF8.GetBytes("\\" + c));
                    break;
            }
            run = i;
        }
        bytes.AddRange(Encoding.UTF8.GetBytes(body[run..].ToString()));
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static bool Hex(ReadOnlySpan<char> body, int start, int length, out int value)
    {
        value = 0;
        return start + length <= body.Length
               && int.TryParse(body.Slice(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static void AddCodePoint(List<byte> bytes, int codePoint)
    {
        var text = codePoint is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(codePoint) : "\uFFFD";
        bytes.AddRange(Encoding.UTF8.GetBytes(text));
    }
}
