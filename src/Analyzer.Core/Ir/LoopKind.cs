namespace Analyzer.Core.Ir;

/// <summary>Which loop form.</summary>
public enum LoopKind
{
    /// <summary>A three-clause or condition-only for.</summary>
    For,
    /// <summary>A Go for-range or Python for-in loop.</summary>
    Range,
    /// <summary>A while loop.</summary>
    While,
}
