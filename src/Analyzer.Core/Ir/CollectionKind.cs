namespace Analyzer.Core.Ir;

/// <summary>Which collection a literal or comprehension builds.</summary>
public enum CollectionKind
{
    /// <summary>A list or slice.</summary>
    List,
    /// <summary>A tuple (also a generator).</summary>
    Tuple,
    /// <summary>A dict or map.</summary>
    Dict,
    /// <summary>A set.</summary>
    Set,
    /// <summary>A Go composite literal of a struct or named type.</summary>
    Composite,
}
