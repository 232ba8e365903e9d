namespace Analyzer.Core.Text;

/// <summary>
/// An exact range of source: 1-based lines and columns (columns count UTF-16 code units from 1), the end
/// inclusive of its last line and exclusive of its end column, plus the character offsets.
/// </summary>
public readonly record struct SourceSpan(
    string Path, int StartLine, int StartColumn, int EndLine, int EndColumn, int StartOffset, int EndOffset)
{
    /// <summary>A span that points at nothing in particular in <paramref name="path"/>.</summary>
    public static SourceSpan FileStart(string path) => new(path, 1, 1, 1, 1, 0, 0);

    /// <summary>The smallest span that covers both.</summary>
    public SourceSpan Union(SourceSpan other) =>
        StartOffset <= other.StartOffset
            ? this with { EndLine = Math.Max(EndLine, other.EndLine), EndColumn = other.EndOffset >= EndOffset ? other.EndColumn : EndColumn, EndOffset = Math.Max(EndOffset, other.EndOffset) }
            : other.Union(this);

    /// <summary>True when <paramref name="other"/> lies inside this span.</summary>
    public bool Contains(SourceSpan other) => StartOffset <= other.StartOffset && other.EndOffset <= EndOffset;

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{StartLine}:{StartColumn}";
}
