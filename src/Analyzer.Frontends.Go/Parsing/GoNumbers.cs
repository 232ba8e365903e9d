using Analyzer.Frontends.Go.Generated;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>
/// Which number literal a piece of text is, by the Go specification's sections "Integer literals",
/// "Floating-point literals" and "Imaginary literals" (the grammar's INT_LIT, FLOAT_LIT and IMAGINARY_LIT rules).
/// </summary>
internal static class GoNumbers
{
    /// <summary>The token type of <paramref name="text"/> as one whole literal, or 0 if it is none.</summary>
    public static int Classify(ReadOnlySpan<char> text)
    {
        if (IsInt(text)) return GoLexer.INT_LIT;
        if (IsFloat(text)) return GoLexer.FLOAT_LIT;
        if (text is [.. var value, 'i'] && (IsInt(value) || IsFloat(value) || Digits(value, char.IsAsciiDigit)))
            return GoLexer.IMAGINARY_LIT;
        return 0;
    }

    // int_lit = decimal_lit | binary_lit | octal_lit | hex_lit .
    private static bool IsInt(ReadOnlySpan<char> text) => text switch
    {
        ['0'] => true,
        ['1' or '2' or '3' or '4' or '5' or '6' or '7' or '8' or '9', .. var rest] =>
            rest.IsEmpty || Digits(Underscored(rest), char.IsAsciiDigit),
        ['0', 'b' or 'B', .. var rest] => Digits(Underscored(rest), c => c is '0' or '1'),
        ['0', 'o' or 'O', .. var rest] => Digits(Underscored(rest), IsOctal),
        ['0', 'x' or 'X', .. var rest] => Digits(Underscored(rest), char.IsAsciiHexDigit),
        ['0', .. var rest] => Digits(Underscored(rest), IsOctal),
        _ => false,
    };

    // float_lit = decimal_float_lit | hex_float_lit .
    private static bool IsFloat(ReadOnlySpan<char> text)
    {
        if (text is ['0', 'x' or 'X', .. var hex])
        {
            var p = hex.IndexOfAny('p', 'P');
            return p >= 0 && Exponent(hex[(p + 1)..]) && Mantissa(hex[..p], char.IsAsciiHexDigit, leadingUnderscore: true, needsPoint: false);
        }
        var e = text.IndexOfAny('e', 'E');
        return e < 0
            ? Mantissa(text, char.IsAsciiDigit, leadingUnderscore: false, needsPoint: true)
            : Exponent(text[(e + 1)..]) && Mantissa(text[..e], char.IsAsciiDigit, leadingUnderscore: false, needsPoint: false);
    }

    // digits "." [ digits ] | digits | "." digits, where the hexadecimal form may start with "_" and the form without a
    // point stands alone only before an exponent.
    private static bool Mantissa(ReadOnlySpan<char> text, Func<char, bool> digit, bool leadingUnderscore, bool needsPoint)
    {
        var point = text.IndexOf('.');
        if (point < 0) return !needsPoint && Digits(leadingUnderscore ? Underscored(text) : text, digit);
        var whole = text[..point];
        var fraction = text[(point + 1)..];
        if (whole.IsEmpty) return Digits(fraction, digit);
        return Digits(leadingUnderscore ? Underscored(whole) : whole, digit) && (fraction.IsEmpty || Digits(fraction, digit));
    }

    // [ "+" | "-" ] decimal_digits
    private static bool Exponent(ReadOnlySpan<char> text) =>
        Digits(text is ['+' or '-', .. var rest] ? rest : text, char.IsAsciiDigit);

    // An optional "_" before the digits.
    private static ReadOnlySpan<char> Underscored(ReadOnlySpan<char> text) => text is ['_', .. var rest] ? rest : text;

    // digit { [ "_" ] digit }
    private static bool Digits(ReadOnlySpan<char> text, Func<char, bool> digit)
    {
        if (text.IsEmpty || !digit(text[0])) return false;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '_' && i + 1 < text.Length && digit(text[i + 1])) i++;
            else if (!digit(text[i])) return false;
        }
        return true;
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';
}
