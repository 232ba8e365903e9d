namespace Analyzer.Core.Fixes;

/// <summary>Applies edits to a file's text (the text a scan read: UTF-8, without a byte-order mark).</summary>
public static class TextEdits
{
    /// <summary><paramref name="text"/> with every edit made.</summary>
    /// <exception cref="ArgumentException">Two edits overlap, or one lies outside the text.</exception>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ordered = edits.OrderByDescending(e => e.Span.StartOffset).ToList();
        var result = new System.Text.StringBuilder(text);
        var limit = text.Length;
        foreach (var edit in ordered)
        {
            var (start, end) = (edit.Span.StartOffset, edit.Span.EndOffset);
            if (start < 0 || end < start || end > limit)
                throw new ArgumentException($"the edit at {edit.Span} overlaps another or lies outside the file; scan again and apply the fixes of that scan", nameof(edits));
            result.Remove(start, end - start).Insert(start, edit.NewText);
            limit = start;
        }
        return result.ToString();
    }
}
