namespace Analyzer.Core.Text;

/// <summary>The text of one source file with a line index, so spans map to 1-based lines and columns.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private int _lastLineIndex;

    /// <summary>Creates the text of <paramref name="path"/>; <paramref name="path"/> is how findings name the file.</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The file's path as findings report it (relative to the scan root where there is one).</summary>
    public string Path { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>Number of lines (a final line without a terminator counts).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line that holds <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        // Spans are asked for in nearly source order, so the line of the last lookup answers most of them. A race on
        // the cached index is harmless: any value is checked before it is used.
        var last = _lastLineIndex;
        if (offset >= _lineStarts[last] && (last + 1 == _lineStarts.Length || offset < _lineStarts[last + 1])) return last + 1;
        var index = Array.BinarySearch(_lineStarts, offset);
        index = index >= 0 ? index : ~index - 1;
        if (index >= 0) _lastLineIndex = index;
        return index + 1;
    }

    /// <summary>The span from character offset <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public SourceSpan Span(int start, int end)
    {
        end = Math.Max(start, end);
        var startLine = LineOf(start);
        var endLine = end == start ? startLine : LineOf(end - 1);
        return new SourceSpan(Path, startLine, start - _lineStarts[startLine - 1] + 1,
            endLine, end - _lineStarts[endLine - 1] + 1, start, end);
    }

    /// <summary>The text of 1-based line <paramref name="line"/> without its terminator.</summary>
    public string Line(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return string.Empty;
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text.Substring(start, end - start);
    }

    /// <summary>The text that <paramref name="span"/> covers.</summary>
    public string Slice(SourceSpan span)
    {
        var start = Math.Clamp(span.StartOffset, 0, Text.Length);
        var end = Math.Clamp(span.EndOffset, start, Text.Length);
        return Text.Substring(start, end - start);
    }

    /// <summary>The largest file a scan reads by default (10 MiB): generated or minified sources beyond it cost far
    /// more memory than they are worth.</summary>
    public const long DefaultMaxFileSize = 10L * 1024 * 1024;

    /// <summary>Reads a file as UTF-8 (a BOM is dropped; invalid bytes become U+FFFD).</summary>
    /// <exception cref="UnreadableSourceException">The file is not a regular file, or has more than <paramref name="maxBytes"/> bytes.</exception>
    public static SourceText FromFile(string fullPath, string reportedPath, long maxBytes = DefaultMaxFileSize) =>
        FromBytes(RegularFile.ReadAll(fullPath, maxBytes), reportedPath);

    /// <summary>Decodes a file's bytes as UTF-8 (a BOM is dropped; invalid bytes become U+FFFD).</summary>
    public static SourceText FromBytes(byte[] bytes, string reportedPath)
    {
        var utf8Bom = bytes is [0xEF, 0xBB, 0xBF, ..];
        // A UTF-16 or UTF-32 byte-order mark: the reader tells which.
        if (!utf8Bom && bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return new(reportedPath, reader.ReadToEnd());
        }
        var start = utf8Bom ? 3 : 0;
        return new(reportedPath, System.Text.Encoding.UTF8.GetString(bytes, start, bytes.Length - start));
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
