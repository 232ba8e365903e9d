using Analyzer.Core.Text;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>Turns ANTLR's lexer and parser errors into diagnostics with exact locations.</summary>
internal sealed class SyntaxErrorCollector(SourceText text, List<ParseDiagnostic> diagnostics)
    : IAntlrErrorListener<IToken>, IAntlrErrorListener<int>
{
    private const int MaxPerFile = 50;

    public void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line,
        int charPositionInLine, string msg, RecognitionException e)
    {
        var span = offendingSymbol is null ? AtLexerPosition(recognizer) : TokenSpans.Of(text, offendingSymbol);
        Add(span, $"syntax error: {msg}; check the code at this position (the analyzer reads the language as its specification defines it)");
    }

    public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line,
        int charPositionInLine, string msg, RecognitionException e) =>
        Add(AtLexerPosition(recognizer), $"cannot read a token here: {msg}; check for a stray character or an unterminated string or comment");

    private SourceSpan AtLexerPosition(IRecognizer recognizer)
    {
        var offset = recognizer is Lexer lexer ? lexer.InputStream.Index : 0;
        offset = Math.Clamp(offset, 0, text.Text.Length);
        return text.Span(offset, Math.Min(offset + 1, text.Text.Length));
    }

    private void Add(SourceSpan span, string message)
    {
        if (diagnostics.Count < MaxPerFile)
            diagnostics.Add(new ParseDiagnostic(span, DiagnosticSeverity.Error, message));
    }
}
