using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>
/// The driver's character stream: UTF-16 like <see cref="AntlrInputStream"/>, except that text it hands out never
/// holds half a surrogate pair. A lexer that fails on a character outside the BMP (an emoji outside a string) slices
/// the pair in two, and ANTLR's lexer error report throws on the half instead of reporting; each half reads as
/// U+FFFD instead.
/// </summary>
public sealed class SurrogateSafeInputStream(string input) : AntlrInputStream(input)
{
    /// <summary>The whole input, for a frontend's hand-written scanner.</summary>
    public string Text { get; } = input;

    /// <inheritdoc />
    protected override string ConvertDataToString(int start, int count)
    {
        var text = base.ConvertDataToString(start, count);
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
