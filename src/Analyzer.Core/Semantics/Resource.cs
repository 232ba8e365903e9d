namespace Analyzer.Core.Semantics;

/// <summary>The kinds of shared state a race can be on.</summary>
public enum ResourceKind
{
    /// <summary>A field of the receiver or of an object.</summary>
    Field,
    /// <summary>An element of a field (a map or slice entry).</summary>
    Element,
    /// <summary>An external store: an object reached through a field whose methods we cannot see, or of interface type.</summary>
    ExternalStore,
    /// <summary>A SQL table named in a query.</summary>
    SqlTable,
    /// <summary>A file-system path.</summary>
    FilePath,
    /// <summary>A key of a cache.</summary>
    CacheKey,
}

/// <summary>A piece of shared state. Two accesses race when they touch the same <see cref="Key"/>.</summary>
/// <param name="Kind">What sort of state.</param>
/// <param name="Key">Identity: the normalized text of the state's root (such as "f.items", "table quote_name(self._table)", a path expression).</param>
/// <param name="Display">How messages name it.</param>
public sealed record Resource(ResourceKind Kind, string Key, string Display);
