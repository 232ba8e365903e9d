using Analyzer.Core.Findings;

namespace Analyzer.Core.Engine;

/// <summary>The deterministic order of findings: path, line, column, rule id, message, then the primary span's end,
/// the function and the related locations, so that no two distinct findings compare equal and the order never depends
/// on the order in which parallel work reported them.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c == 0) c = x.Location.StartLine.CompareTo(y.Location.StartLine);
        if (c == 0) c = x.Location.StartColumn.CompareTo(y.Location.StartColumn);
        if (c == 0) c = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        if (c == 0) c = x.Location.EndOffset.CompareTo(y.Location.EndOffset);
        if (c == 0) c = string.CompareOrdinal(x.FunctionName, y.FunctionName);
        if (c == 0) c = x.Related.Count.CompareTo(y.Related.Count);
        for (var i = 0; c == 0 && i < x.Related.Count; i++) c = Compare(x.Related[i], y.Related[i]);
        return c;
    }

    private static int Compare(RelatedLocation x, RelatedLocation y)
    {
        var c = string.CompareOrdinal(x.Span.Path, y.Span.Path);
        if (c == 0) c = x.Span.StartOffset.CompareTo(y.Span.StartOffset);
        if (c == 0) c = x.Role.CompareTo(y.Role);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }
}
