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

    /// <summary>The type of a slice's, array's or map's items: "[]*msgBlock" → "*msgBlock", "map[string]*Account" →
    /// "*Account"; null for any other type.</summary>
    public static string? Element(string typeText)
    {
        var text = typeText.Trim();
        if (text.StartsWith("map[", StringComparison.Ordinal))
            return ClosingBracket(text, 3) is var end and > 0 ? text[(end + 1)..].Trim() : null;
        return text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var close and > 0 ? text[(close + 1)..].Trim() : null;
    }

    /// <summary>The first result type a function's signature declares ("func (fs *fileStore) pick(seq uint64)
    /// (*msgBlock, error)" → "*msgBlock", named or not); null when it declares none.</summary>
    public static string? FirstResult(string signature)
    {
        var text = signature.Trim();
        if (!text.StartsWith("func", StringComparison.Ordinal)) return null;
        var at = SkipSpaces(text, 4);
        if (at < text.Length && text[at] == '(' && ClosingBracket(text, at) is var receiverEnd and > 0) at = SkipSpaces(text, receiverEnd + 1);
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] == '_')) at++;
        if (at < text.Length && text[at] == '[' && ClosingBracket(text, at) is var typeParametersEnd and > 0) at = typeParametersEnd + 1;
        if (at >= text.Length || text[at] != '(' || ClosingBracket(text, at) is not (var parametersEnd and > 0)) return null;
        var results = text[(parametersEnd + 1)..].Trim().TrimEnd('{').Trim();
        if (results.StartsWith('(') && ClosingBracket(results, 0) is var resultsEnd and > 0)
        {
            var first = results[1..resultsEnd].Split(',')[0].Trim();
            // A named result: "mb *msgBlock".
            results = first.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? first[(space + 1)..].Trim() : first;
        }
        return results.Length == 0 ? null : results;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    // The index of the bracket that closes the one at <paramref name="open"/>, or -1.
    private static int ClosingBracket(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] is '(' or '[' or '{') depth++;
            else if (text[i] is ')' or ']' or '}' && --depth == 0) return i;
        }
        return -1;
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
