namespace Analyzer.Core.Ir;

/// <summary>Which jump.</summary>
public enum JumpKind
{
    /// <summary>break.</summary>
    Break,
    /// <summary>continue.</summary>
    Continue,
    /// <summary>goto.</summary>
    Goto,
    /// <summary>fallthrough.</summary>
    Fallthrough,
    /// <summary>pass.</summary>
    Pass,
}
