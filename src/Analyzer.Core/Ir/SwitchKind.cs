namespace Analyzer.Core.Ir;

/// <summary>Which switch form.</summary>
public enum SwitchKind
{
    /// <summary>An expression switch.</summary>
    Expression,
    /// <summary>A Go type switch.</summary>
    Type,
    /// <summary>A Go select over channel operations.</summary>
    Select,
    /// <summary>A Python match statement.</summary>
    Match,
}
