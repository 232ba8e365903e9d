using Analyzer.Core.Text;

namespace Analyzer.Emitters.Reporting;

/// <summary>The code excerpts findings carry (whole source lines), as reports need them.</summary>
internal static class CodeText
{
    /// <summary>The lines of <paramref name="code"/> with any line terminator (\r\n, \r, \n) and without the trailing
    /// empty line a final terminator leaves. Empty code has no lines.</summary>
    public static IReadOnlyList<string> Lines(string code)
    {
        if (string.IsNullOrEmpty(code)) return [];
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary><paramref name="lines"/> without the indentation they all share (blank lines do not count).</summary>
    public static IReadOnlyList<string> Dedent(IReadOnlyList<string> lines)
    {
        string? common = null;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var indent = line[..(line.Length - line.TrimStart().Length)];
            if (common is null)
            {
                common = indent;
                continue;
            }
            var n = 0;
            while (n < common.Length && n < indent.Length && common[n] == indent[n]) n++;
            common = common[..n];
        }
        if (string.IsNullOrEmpty(common)) return lines;
        return lines.Select(l => l.StartsWith(common, StringComparison.Ordinal) ? l[common.Length..] : l.TrimStart()).ToList();
    }

    /// <summary>
    /// The exact text <paramref name="span"/> covers, cut out of <paramref name="code"/> (the whole lines from the span's
    /// start line to its end line). Null when the code does not have the lines and columns the span names.
    /// </summary>
    public static string? SpanText(string code, SourceSpan span)
    {
        var lines = Lines(code);
        var lineCount = span.EndLine - span.StartLine + 1;
        // A span that ends at column 1 ends with the previous line's terminator; its last line may be absent.
        var needed = span.EndColumn == 1 && span.EndLine > span.StartLine ? lineCount - 1 : lineCount;
        if (span.StartLine < 1 || lineCount < 1 || lines.Count < needed || lines.Count > lineCount) return null;
        var start = span.StartColumn - 1;
        var end = span.EndColumn - 1;
        if (start < 0 || start > lines[0].Length) return null;
        if (lineCount == 1) return end >= start && end <= lines[0].Length ? lines[0][start..end] : null;
        var last = lineCount - 1 < lines.Count ? lines[lineCount - 1] : string.Empty;
        if (end < 0 || end > last.Length) return null;
        var parts = new List<string>(lineCount) { lines[0][start..] };
        for (var i = 1; i < lineCount - 1; i++) parts.Add(lines[i]);
        parts.Add(last[..end]);
        return string.Join('\n', parts);
    }
}
