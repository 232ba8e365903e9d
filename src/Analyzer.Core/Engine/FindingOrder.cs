using Analyzer.Core.Findings;

namespace Analyzer.Core.Engine;

/// <summary>The deterministic order of findings: path, line, column, rule id, message.</summary>
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
        return c;
    }
}
