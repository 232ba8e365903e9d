using System.Text.RegularExpressions;

namespace Analyzer.Frontends.Antlr;

/// <summary>The comment lines before a file's first line of code, where tools that generate a file say so.</summary>
public static class LeadingComments
{
    /// <summary>True when one of the lines of <paramref name="head"/> before the first that is neither blank nor a comment
    /// (by <paramref name="isComment"/>, on the trimmed line) matches <paramref name="marker"/>.</summary>
    public static bool Mention(string head, Func<string, bool> isComment, Regex marker)
    {
        foreach (var raw in head.Split('\n'))
        {
            var text = raw.Trim();
            if (text.Length == 0) continue;
            if (!isComment(text)) return false;
            if (marker.IsMatch(text)) return true;
        }
        return false;
    }
}
