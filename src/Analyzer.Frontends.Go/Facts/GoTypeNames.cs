namespace Analyzer.Frontends.Go.Facts;

/// <summary>Go type expressions as written in source.</summary>
internal static class GoTypeNames
{
    private static readonly HashSet<string> Basic =
    [
        "bool", "string", "byte", "rune", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
        "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
    ];

    /// <summary>True for a predeclared boolean, numeric or string type, whose values are copied whole.</summary>
    public static bool IsBasic(string typeText) => Basic.Contains(typeText.Trim());

    /// <summary>True for a named type of another package ("*container.Container"), whose fields the model cannot see;
    /// not for a generic instance or a composite type.</summary>
    public static bool IsOfOtherPackage(string typeText)
    {
        var bare = typeText.Trim().TrimStart('*');
        return bare.Length > 0 && char.IsLetter(bare[0]) && bare.Contains('.', StringComparison.Ordinal) && !bare.Contains('[', StringComparison.Ordinal);
    }

    /// <summary>The bare type name: "*pkg.Store[K]" → "Store", "func(int) error" → "func".</summary>
    public static string Base(string typeText)
    {
        var text = typeText.Trim().TrimStart('*').Trim();
        var bracket = text.IndexOfAny(['[', '(']);
        if (bracket > 0) text = text[..bracket];
        return text[(text.LastIndexOf('.') + 1)..];
    }
}
