namespace Analyzer.Frontends.Go.Facts;

/// <summary>Go type expressions as written in source.</summary>
internal static class GoTypeNames
{
    /// <summary>The bare type name: "*pkg.Store[K]" → "Store", "func(int) error" → "func".</summary>
    public static string Base(string typeText)
    {
        var text = typeText.Trim().TrimStart('*').Trim();
        var bracket = text.IndexOfAny(['[', '(']);
        if (bracket > 0) text = text[..bracket];
        return text[(text.LastIndexOf('.') + 1)..];
    }
}
