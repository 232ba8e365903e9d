using System.Runtime.CompilerServices;
using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;

namespace Analyzer.Frontends.Antlr;

/// <summary>
/// Runs an ANTLR lexer and parser over one file. First pass: SLL prediction with a bail-out error strategy, which is
/// fast and right for almost every file; only when it fails is the file parsed again with full LL and error
/// recovery, which yields exact diagnostics. The generated parsers' DFA caches are static, so every file and thread
/// shares what earlier files taught them.
/// </summary>
public static class AntlrParseDriver
{
    /// <summary>Parses <paramref name="text"/> and returns the tree of <paramref name="entry"/>; a file of more than
    /// <paramref name="limits"/>' tokens is refused with a diagnostic as soon as the lexer reaches the first one past.</summary>
    public static AntlrParseResult<TTree> Parse<TParser, TTree>(
        SourceText text,
        ParseLimits limits,
        Func<ICharStream, Lexer> createLexer,
        Func<ITokenStream, TParser> createParser,
        Func<TParser, TTree> entry)
        where TParser : Parser
        where TTree : ParserRuleContext
    {
        var diagnostics = new List<ParseDiagnostic>();
        var errors = new SyntaxErrorCollector(text, diagnostics);
        var lexer = CreateLexer(text, createLexer, errors);
        CommonTokenStream? tokens = null;
        try
        {
            tokens = FilledTokenStream.Read(lexer, limits.MaxTokens);
            var parser = createParser(tokens);
            parser.RemoveErrorListeners();
            parser.Interpreter.PredictionMode = PredictionMode.SLL;
            parser.ErrorHandler = new BailErrorStrategy();
            TTree tree;
            try
            {
                tree = entry(parser);
            }
            catch (ParseCanceledException)
            {
                tokens.Seek(0);
                parser.Reset();
                parser.AddErrorListener(errors);
                parser.Interpreter.PredictionMode = PredictionMode.LL;
                parser.ErrorHandler = new DefaultErrorStrategy();
                tree = entry(parser);
            }
            return new AntlrParseResult<TTree>(tree, tokens.GetTokens(), diagnostics);
        }
        catch (TooManyTokensException e)
        {
            return new AntlrParseResult<TTree>(null, [], [TooManyTokens(TokenSpans.Of(text, e.At), e.Limit)]);
        }
        catch (NestingTooDeepException e)
        {
            diagnostics.Add(TooDeep(TokenSpans.Of(text, e.At), "parse"));
            return new AntlrParseResult<TTree>(null, tokens?.GetTokens() ?? [], diagnostics);
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Add(TooDeep(text, tokens));
            return new AntlrParseResult<TTree>(null, tokens?.GetTokens() ?? [], diagnostics);
        }
    }

    /// <summary>Lexes <paramref name="text"/> alone, as <see cref="Parse{TParser, TTree}"/> does before parsing, and
    /// returns every token (benchmarks time the lexer by itself with this).</summary>
    public static IList<IToken> Tokenize(SourceText text, Func<ICharStream, Lexer> createLexer) =>
        FilledTokenStream.Read(CreateLexer(text, createLexer, new SyntaxErrorCollector(text, [])), int.MaxValue).GetTokens();

    /// <summary>Called at every rule entry by the frontends' parser base classes: turns runaway nesting into a
    /// diagnostic instead of a stack overflow that would kill the process.</summary>
    public static void GuardDepth() => RuntimeHelpers.EnsureSufficientExecutionStack();

    private static Lexer CreateLexer(SourceText text, Func<ICharStream, Lexer> createLexer, SyntaxErrorCollector errors)
    {
        var lexer = createLexer(new SurrogateSafeInputStream(text.Text));
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(errors);
        return lexer;
    }

    /// <summary>The diagnostic a frontend reports when its lowering of a parsed file runs out of stack, as the parser's
    /// own depth guard does for the parse: at the first point where brackets nest 100 levels deep, else at the file's
    /// start.</summary>
    public static ParseDiagnostic TooDeepToLower(SourceText text) => TooDeep(FirstDeepPoint(text), "analyze");

    private static SourceSpan FirstDeepPoint(SourceText text)
    {
        var depth = 0;
        var s = text.Text;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is '(' or '[' or '{' && ++depth >= 100) return text.Span(i, i + 1);
            if (s[i] is ')' or ']' or '}' && depth > 0) depth--;
        }
        return SourceSpan.FileStart(text.Path);
    }

    private static ParseDiagnostic TooDeep(SourceText text, CommonTokenStream? tokens)
    {
        var at = tokens is not null && tokens.Index >= 0 && tokens.Size > 0 ? tokens.Get(Math.Min(tokens.Index, tokens.Size - 1)) : null;
        return TooDeep(at is null ? SourceSpan.FileStart(text.Path) : TokenSpans.Of(text, at), "parse");
    }

    private static ParseDiagnostic TooManyTokens(SourceSpan at, int limit) =>
        new(at, DiagnosticSeverity.Warning,
            $"skipped: the file has more than {limit:N0} tokens, the limit of what one file's analysis may hold in memory (about 1 KB a token); " +
            "raise the limit (--max-file-tokens on the command line, ScanRequest.MaxFileTokens in the library) to analyze it");

    private static ParseDiagnostic TooDeep(SourceSpan at, string what) =>
        new(at, DiagnosticSeverity.Error,
            $"nesting is too deep to {what} (expressions or blocks nested thousands of levels); the file was skipped — split the construct if it is real code");
}
