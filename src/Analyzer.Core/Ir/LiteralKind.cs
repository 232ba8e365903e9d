namespace Analyzer.Core.Ir;

/// <summary>What sort of literal.</summary>
public enum LiteralKind
{
    /// <summary>A text string.</summary>
    String,
    /// <summary>A byte string.</summary>
    Bytes,
    /// <summary>An integer.</summary>
    Integer,
    /// <summary>A floating-point number.</summary>
    Float,
    /// <summary>An imaginary number.</summary>
    Imaginary,
    /// <summary>A Go rune.</summary>
    Rune,
    /// <summary>True or false.</summary>
    Boolean,
    /// <summary>nil or None.</summary>
    Null,
    /// <summary>Python's ... .</summary>
    Ellipsis,
}
