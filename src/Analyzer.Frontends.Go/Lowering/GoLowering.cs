using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Analyzer.Frontends.Go.Lowering;

/// <summary>
/// Lowers the parse tree of one Go file to the shared IR: one method per construct, split by area over the partial
/// files of this class (declarations, statements, expressions; string decoding is in <see cref="GoStrings"/>).
/// Spans are exact: every node covers the tokens of its construct. The tree may come from error recovery, so every
/// child may be missing; a missing part becomes an <see cref="OtherExpression"/> "missing" (or is left out) rather
/// than an exception. Every recursive method calls <see cref="AntlrParseDriver.GuardDepth"/>, so runaway nesting
/// ends in <see cref="InsufficientExecutionStackException"/>, which the frontend turns into a diagnostic.
/// </summary>
internal sealed partial class GoLowering
{
    /// <summary>What a type assertion (<c>x.(*T)</c>, and a type switch's <c>x.(type)</c>) is lowered to: an
    /// <see cref="OtherExpression"/> of this description over its operand.</summary>
    internal const string TypeAssertion = "type assertion";

    private readonly SourceText _text;
    private readonly IList<IToken> _tokens;

    public GoLowering(SourceText text, IList<IToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>Lowers a whole file. The module is not linked yet.</summary>
    public Module LowerFile(GoParser.SourceFileContext file)
    {
        var imports = new List<ImportDecl>();
        var body = new List<IrStatement>();
        string? packageName = null;
        foreach (var child in file.children ?? [])
        {
            switch (child)
            {
                case GoParser.PackageClauseContext package:
                    packageName = package.packageName?.Text;
                    break;
                case GoParser.ImportDeclContext import:
                    ImportDeclaration(import, imports);
                    break;
                case GoParser.TopLevelDeclContext declaration:
                    TopLevelDeclaration(declaration, body);
                    break;
            }
        }
        return new Module(_text.Span(0, _text.Text.Length), "go", _text, packageName, imports, body, Comments());
    }

    /// <summary>Every comment token on the hidden channel, in order, without its delimiters.</summary>
    private List<Comment> Comments()
    {
        var comments = new List<Comment>();
        foreach (var token in _tokens)
        {
            if (token.Type is not (GoLexer.LINE_COMMENT or GoLexer.GENERAL_COMMENT)) continue;
            var span = Span(token);
            var trim = token.Type == GoLexer.LINE_COMMENT ? 0 : 2;
            var length = span.EndOffset - span.StartOffset - 2 - trim;
            comments.Add(new Comment(span, length > 0 ? _text.Text.Substring(span.StartOffset + 2, length) : string.Empty));
        }
        return comments;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Spans and text

    /// <summary>The span of a rule context without a semicolon at its end (a case clause's statement list ends
    /// with the semicolon that the line break after its last statement became).</summary>
    private SourceSpan Span(ParserRuleContext context)
    {
        var stop = context.Stop;
        if (stop is null || stop.Type != GoLexer.SEMI || context.Start is not { } start) return TokenSpans.Of(_text, context);
        var last = stop.TokenIndex;
        while (last > start.TokenIndex && last < _tokens.Count
               && (_tokens[last].Type == GoLexer.SEMI || _tokens[last].Channel != TokenConstants.DefaultChannel))
            last--;
        if (last < 0 || last >= _tokens.Count || _tokens[last].Type == GoLexer.SEMI) return TokenSpans.Of(_text, context);
        return TokenSpans.Between(_text, start, _tokens[last]);
    }

    private SourceSpan Span(IToken token) => TokenSpans.Of(_text, token);

    private SourceSpan Span(ITerminalNode node) => TokenSpans.Of(_text, node.Symbol);

    /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    private SourceSpan Span(IToken first, ParserRuleContext last) => Span(first).Union(Span(last));

    private SourceSpan Span(ParserRuleContext first, IToken last) => Span(first).Union(Span(last));

    /// <summary>The empty span just after <paramref name="token"/>.</summary>
    private SourceSpan After(IToken token)
    {
        var at = Math.Clamp(token.StopIndex + 1, 0, _text.Text.Length);
        return _text.Span(at, at);
    }

    /// <summary>The source text of a context, as written.</summary>
    private string TextOf(ParserRuleContext context)
    {
        var span = Span(context);
        return _text.Text.Substring(span.StartOffset, span.EndOffset - span.StartOffset);
    }

    /// <summary>A placeholder for a part the parser could not read (only after a syntax error).</summary>
    private OtherExpression Missing(ParserRuleContext? near) =>
        new(near is null ? _text.Span(0, 0) : Span(near), "missing", []);

    /// <summary>The text of an operator token, without allocating a string for each one.</summary>
    private static string Operator(IToken token) => token.Type switch
    {
        GoLexer.PLUS => "+", GoLexer.MINUS => "-", GoLexer.STAR => "*", GoLexer.DIV => "/", GoLexer.MOD => "%",
        GoLexer.SHL => "<<", GoLexer.SHR => ">>", GoLexer.AMP => "&", GoLexer.AND_NOT => "&^", GoLexer.OR => "|",
        GoLexer.CARET => "^", GoLexer.EQUALS => "==", GoLexer.NOT_EQUALS => "!=", GoLexer.LESS => "<",
        GoLexer.LESS_OR_EQUALS => "<=", GoLexer.GREATER => ">", GoLexer.GREATER_OR_EQUALS => ">=",
        GoLexer.LOGICAL_AND => "&&", GoLexer.LOGICAL_OR => "||", GoLexer.NOT => "!", GoLexer.ARROW => "<-",
        GoLexer.ASSIGN => "=", GoLexer.PLUS_ASSIGN => "+=", GoLexer.MINUS_ASSIGN => "-=", GoLexer.OR_ASSIGN => "|=",
        GoLexer.CARET_ASSIGN => "^=", GoLexer.STAR_ASSIGN => "*=", GoLexer.DIV_ASSIGN => "/=", GoLexer.MOD_ASSIGN => "%=",
        GoLexer.SHL_ASSIGN => "<<=", GoLexer.SHR_ASSIGN => ">>=", GoLexer.AMP_ASSIGN => "&=", GoLexer.AND_NOT_ASSIGN => "&^=",
        _ => token.Text ?? string.Empty,
    };

    private static bool IsPresent(ITerminalNode? node) => node is not null && node.Symbol.TokenIndex >= 0 && node.Symbol.StartIndex >= 0;
}
