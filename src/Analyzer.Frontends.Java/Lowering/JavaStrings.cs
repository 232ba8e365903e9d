using System.Text;

namespace Analyzer.Frontends.Java.Lowering;

/// <summary>The value of a string literal or text block (JLS 3.10.5, 3.10.6, 3.10.7): without its quotes, escape
/// sequences decoded, and a text block's incidental indentation and opening line left out.</summary>
internal static class JavaStrings
{
    public static string Value(string literal)
    {
        if (literal.StartsWith("\"\"\"", StringComparison.Ordinal) && literal.Length >= 6) return Unescape(TextBlockContent(literal[3..^3]));
        return literal.Length >= 2 ? Unescape(literal[1..^1]) : string.Empty;
    }

    // The lines after the opening delimiter's line, less the indentation every non-blank line shares.
    private static string TextBlockContent(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Skip(1).ToList();
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.Trim()));
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal)) return text;
        var value = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                value.Append(text[i]);
                continue;
            }
            var next = text[++i];
            switch (next)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 's': value.Append(' '); break;
                case '\n': break;
                case >= '0' and <= '7':
                    var end = i;
                    while (end < text.Length && end - i < (next <= '3' ? 3 : 2) && text[end] is >= '0' and <= '7') end++;
                    value.Append((char)text[i..end].Aggregate(0, (n, digit) => n * 8 + (digit - '0')));
                    i = end - 1;
                    break;
                default: value.Append(next); break;
            }
        }
        return value.ToString();
    }
}
