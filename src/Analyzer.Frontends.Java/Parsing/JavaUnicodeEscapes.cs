using System.Globalization;
using System.Text;

namespace Analyzer.Frontends.Java.Parsing;

/// <summary>
/// The first step of reading Java source (JLS 21, section 3.3): each Unicode escape <c>\uXXXX</c> (with one or more
/// <c>u</c>) becomes the character it names, before the text is split into tokens, so an escape may stand for any
/// character, a quote or a line terminator included. A backslash is eligible to begin an escape only when an even
/// number of backslashes (zero included) stands right before it. The translated text keeps, for each of its
/// characters, where it began in the source, so spans point into the file as written.
/// </summary>
internal static class JavaUnicodeEscapes
{
    /// <summary>The translated text and, when any escape was translated, each of its characters' offset in the source
    /// (one more entry for the end of the text); null when the source has no escape and translates to itself.</summary>
    public static (string Text, int[]? SourceOffsets) Translate(string source)
    {
        if (!source.Contains("\\u", StringComparison.Ordinal)) return (source, null);
        var text = new StringBuilder(source.Length);
        var offsets = new List<int>(source.Length + 1);
        var backslashes = 0;
        var i = 0;
        while (i < source.Length)
        {
            if (source[i] == '\\' && backslashes % 2 == 0 && EscapeAt(source, i) is { Length: > 0 } escape)
            {
                text.Append(escape.Character);
                offsets.Add(i);
                i += escape.Length;
                // A translated backslash starts no escape and counts as no backslash for the next one (section 3.3).
                backslashes = 0;
                continue;
            }
            backslashes = source[i] == '\\' ? backslashes + 1 : 0;
            text.Append(source[i]);
            offsets.Add(i);
            i++;
        }
        offsets.Add(source.Length);
        return (text.ToString(), offsets.ToArray());
    }

    // "\" followed by one or more "u" and four hexadecimal digits.
    private static (char Character, int Length) EscapeAt(string source, int at)
    {
        var u = at + 1;
        while (u < source.Length && source[u] == 'u') u++;
        if (u == at + 1 || u + 4 > source.Length) return default;
        return int.TryParse(source.AsSpan(u, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            ? ((char)code, u + 4 - at)
            : default;
    }
}
