namespace Analyzer.Core.Ir;

/// <summary>What sort of type a declaration introduces.</summary>
public enum TypeDeclKind
{
    /// <summary>A Go struct.</summary>
    Struct,
    /// <summary>A Go interface.</summary>
    Interface,
    /// <summary>A Python class.</summary>
    Class,
    /// <summary>Any other named type.</summary>
    Other,
}
