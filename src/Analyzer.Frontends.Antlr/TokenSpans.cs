using Analyzer.Core.Text;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>Maps ANTLR tokens and rule contexts to exact source spans. Offsets are UTF-16 indices because the
/// driver reads through <see cref="AntlrInputStream"/>; lines come from <see cref="SourceText"/>, so lone CR and
/// CRLF line ends count the same way everywhere.</summary>
public static class TokenSpans
{
    /// <summary>The span of one token.</summary>
    public static SourceSpan Of(SourceText text, IToken token) =>
        token.Type == TokenConstants.EOF || token.StartIndex < 0
            ? text.Span(text.Text.Length, text.Text.Length)
            : text.Span(token.StartIndex, token.StopIndex + 1);

    /// <summary>The span from the first to the last token of a rule context.</summary>
    public static SourceSpan Of(SourceText text, ParserRuleContext context)
    {
        var start = context.Start;
        var stop = context.Stop ?? start;
        if (start is null || start.StartIndex < 0) return text.Span(0, 0);
        var end = stop is null || stop.Type == TokenConstants.EOF || stop.StopIndex < start.StartIndex
            ? start.StartIndex
            : stop.StopIndex + 1;
        return text.Span(start.StartIndex, end);
    }

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static SourceSpan Between(SourceText text, IToken first, IToken last) =>
        text.Span(first.StartIndex, Math.Max(first.StartIndex, last.StopIndex + 1));
}
