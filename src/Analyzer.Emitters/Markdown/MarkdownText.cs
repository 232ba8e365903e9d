using System.Text;

namespace Analyzer.Emitters.Markdown;

/// <summary>CommonMark building blocks: escaped prose, code spans and fenced code blocks that survive any content.</summary>
internal static class MarkdownText
{
    // Characters that are markup wherever they stand: code spans, emphasis, strikethrough, table cells, and '[',
    // which alone opens a link (']' is plain text without it). '_' is handled apart: inside a word it is plain text.
    private const string Punctuation = "\\`*~|[";

    /// <summary>
    /// <paramref name="text"/> as literal Markdown prose on one line: markup characters are backslash-escaped, line
    /// breaks become spaces, and a line start that would read as a heading, list item or quote is escaped. Characters
    /// that are markup only in some places ('&lt;' before a tag, '&amp;' before an entity) are escaped only there, so
    /// ordinary prose such as "1 &lt; 2" or "a &amp;&amp; b" stays as written.
    /// </summary>
    public static string Escape(string text)
    {
        var flat = string.Join(' ', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Select(l => l.Trim()).Where(l => l.Length > 0));
        var escaped = new StringBuilder(flat.Length + 8);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            var next = i + 1 < flat.Length ? flat[i + 1] : ' ';
            var markup = c switch
            {
                '_' => !(i > 0 && char.IsLetterOrDigit(flat[i - 1]) && char.IsLetterOrDigit(next)),
                '<' => char.IsAsciiLetter(next) || next is '/' or '!' or '?',
                '&' => char.IsAsciiLetter(next) || next == '#',
                _ => Punctuation.Contains(c),
            };
            if (markup) escaped.Append('\\');
            escaped.Append(c);
        }
        var result = escaped.ToString();
        if (result.Length > 0 && result[0] is '#' or '-' or '+' or '=' or '>') return "\\" + result;
        var digits = 0;
        while (digits < result.Length && char.IsAsciiDigit(result[digits])) digits++;
        if (digits > 0 && digits < result.Length && result[digits] is '.' or ')') return result[..digits] + "\\" + result[digits..];
        return result;
    }

    /// <summary>
    /// A code span holding <paramref name="code"/> (one line, trimmed) verbatim: its backtick fence is longer than any
    /// run of backticks inside, and a space pads code that starts or ends with a backtick. Empty for blank code.
    /// </summary>
    public static string InlineCode(string code)
    {
        var content = code.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Trim();
        if (content.Length == 0) return string.Empty;
        var fence = new string('`', LongestRun(content, '`') + 1);
        var pad = content[0] == '`' || content[^1] == '`' ? " " : string.Empty;
        return fence + pad + content + pad + fence;
    }

    /// <summary>
    /// A fenced code block of <paramref name="lines"/> with info string <paramref name="language"/>, each line (and the
    /// fences) prefixed with <paramref name="indent"/> so the block can sit inside a list item. The fence is longer
    /// than any run of backticks in the code, so the code cannot close it.
    /// </summary>
    public static IEnumerable<string> FencedBlock(IReadOnlyList<string> lines, string language, string indent = "")
    {
        var fence = new string('`', Math.Max(3, lines.Select(l => LongestRun(l, '`')).DefaultIfEmpty(0).Max() + 1));
        yield return indent + fence + language;
        foreach (var line in lines) yield return line.Length == 0 ? string.Empty : indent + line;
        yield return indent + fence;
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
