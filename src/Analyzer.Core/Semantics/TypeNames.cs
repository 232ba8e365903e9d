namespace Analyzer.Core.Semantics;

/// <summary>Helpers over type names as written in source.</summary>
public static class TypeNames
{
    /// <summary>The bare type name: "*pkg.Store[K]" → "Store", "cache.BaseCache" → "BaseCache".</summary>
    public static string Base(string typeText)
    {
        var text = typeText.Trim().TrimStart('*', '&').Trim();
        var bracket = text.IndexOfAny(['[', '(']);
        if (bracket > 0) text = text[..bracket];
        var dot = text.LastIndexOf('.');
        return dot >= 0 ? text[(dot + 1)..] : text;
    }
}
