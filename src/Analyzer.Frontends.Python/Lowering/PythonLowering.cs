using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Python.Lowering;

/// <summary>
/// Lowers the parse tree of one Python file to the shared IR: one method per construct, split by area over the
/// partial files of this class (statements, definitions, expressions, strings, patterns). Spans are exact: every
/// node covers the tokens of its construct, without the line breaks and indentation tokens around it. What the
/// grammar accepts but the reference rejects (an assignment to a call, a dict display with a set element) becomes an
/// error diagnostic at the node.
/// </summary>
internal sealed partial class PythonLowering
{
    private readonly SourceText _text;
    private readonly IList<IToken> _tokens;
    private readonly List<ParseDiagnostic> _diagnostics = [];

    // The enclosing definitions, innermost on top: a class (its defs are methods) or null for a function body.
    private readonly Stack<ClassFrame?> _frames = new();

    public PythonLowering(SourceText text, IList<IToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>Problems the reference rejects that the grammar accepts, found while lowering.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Lowers a whole file. The module is not linked yet.</summary>
    public Module LowerFile(PythonParser.File_inputContext file)
    {
        var body = new List<IrStatement>();
        foreach (var statement in file.statement()) Statement(statement, body);
        var comments = new List<Comment>();
        foreach (var token in _tokens)
            if (token.Type == PythonLexer.COMMENT)
                comments.Add(new Comment(TokenSpans.Of(_text, token), token.Text.Length > 0 ? token.Text[1..] : string.Empty));
        return new Module(_text.Span(0, _text.Text.Length), "python", _text, ModuleNames.Of(_text.Path), [], body, comments);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Spans

    /// <summary>The span of a rule context without the NEWLINE, INDENT and DEDENT tokens at its ends.</summary>
    private SourceSpan Span(ParserRuleContext context)
    {
        var start = context.Start;
        var stop = context.Stop ?? start;
        if (start is null || start.TokenIndex < 0 || stop is null || stop.TokenIndex < 0
            || start.TokenIndex >= _tokens.Count || stop.TokenIndex >= _tokens.Count)
            return TokenSpans.Of(_text, context);
        var first = start.TokenIndex;
        var last = stop.TokenIndex;
        while (first < last && IsLayout(_tokens[first])) first++;
        while (last > first && IsLayout(_tokens[last])) last--;
        var from = _tokens[first];
        var to = _tokens[last];
        if (IsLayout(from) || from.StartIndex < 0)
        {
            var at = Math.Clamp(Math.Max(from.StartIndex, 0), 0, _text.Text.Length);
            return _text.Span(at, at);
        }
        return _text.Span(from.StartIndex, Math.Max(from.StartIndex, to.StopIndex + 1));
    }

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    private SourceSpan Span(ParserRuleContext first, ParserRuleContext last) => Span(first).Union(Span(last));

    private SourceSpan Span(IToken token) => TokenSpans.Of(_text, token);

    private static bool IsLayout(IToken token) =>
        token.Type is PythonLexer.NEWLINE or PythonLexer.INDENT or PythonLexer.DEDENT or PythonLexer.NL or TokenConstants.EOF
        || token.Channel != TokenConstants.DefaultChannel
        || token.StopIndex < token.StartIndex;

    private void Error(SourceSpan span, string message) =>
        _diagnostics.Add(new ParseDiagnostic(span, DiagnosticSeverity.Error, message));

    /// <summary>A placeholder for a part the parser could not read (only after a syntax error).</summary>
    private OtherExpression Missing(ParserRuleContext? near) =>
        new(near is null ? _text.Span(0, 0) : Span(near), "missing", []);

    private sealed class ClassFrame(string name)
    {
        public string Name { get; } = name;
        public List<FunctionDecl> Methods { get; } = [];
    }
}
