namespace Analyzer.Testing.Expectations;

/// <summary>Finds where a line comment starts on a line, skipping quoted strings, and splits a comment into the parts
/// that each start with the comment prefix (so one line can hold several markers).</summary>
internal static class CommentScanner
{
    /// <summary>The index of <paramref name="prefix"/> where it starts a comment on <paramref name="line"/>, or -1.
    /// A prefix inside "...", '...' or `...` does not count; a backslash escapes the next character inside the first two.
    /// This is a simple one-line scan: a string that spans lines (Python's triple quotes, Go's raw strings) is not tracked.</summary>
    public static int FindCommentStart(string line, string prefix)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote != '`') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            if (string.CompareOrdinal(line, i, prefix, 0, prefix.Length) == 0) return i;
            if (c is '"' or '\'' or '`') quote = c;
        }
        return -1;
    }

    /// <summary>The comment's text after its first prefix, cut at every further prefix that is not inside
    /// <c>{{...}}</c>: "a // Noncompliant // Secondary [check]" gives "a", "Noncompliant", "Secondary [check]".</summary>
    public static IEnumerable<string> Parts(string comment, string prefix)
    {
        var start = 0;
        var i = 0;
        while (i < comment.Length)
        {
            if (string.CompareOrdinal(comment, i, "{{", 0, 2) == 0)
            {
                var close = comment.IndexOf("}}", i + 2, StringComparison.Ordinal);
                i = close < 0 ? comment.Length : close + 2;
                continue;
            }
            if (string.CompareOrdinal(comment, i, prefix, 0, prefix.Length) == 0)
            {
                yield return comment[start..i];
                i += prefix.Length;
                start = i;
                continue;
            }
            i++;
        }
        yield return comment[start..];
    }
}
